// The map's colour classes: "none" and up to four classes of counts, each one range of whole numbers.
// Few classes on a one-hue scale read better than a continuous one, and every class is named in the
// legend, so no reader depends on telling two colours apart.

export interface CountClass {
  /** 1 to 4: the CSS class `bin-N` and the colour token `--ws-scale-N`. */
  index: number;
  from: number;
  to: number;
}

/** Classes for counts from 1 to `max`: equal steps, at least one count wide, none empty. */
export function countClasses(max: number): CountClass[] {
  const classes: CountClass[] = [];
  let from = 1;
  for (let i = 1; i <= 4 && from <= max; i++) {
    const to = Math.min(max, Math.max(from, Math.ceil((max * i) / 4)));
    classes.push({ index: classes.length + 1, from, to });
    from = to + 1;
  }
  return classes;
}

/** The class of a count: 0 for none. */
export function classOf(count: number, classes: readonly CountClass[]): number {
  if (count <= 0) return 0;
  return classes.find((c) => count <= c.to)?.index ?? classes.length;
}
