// Reused between calls: search runs on every keystroke, so the distance allocates nothing.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];

/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two neighbours)
 * between `query` and the closest start of `name`, so "amsterdm" is 1 from "amsterdam" and "leeuwa" 0 from
 * "leeuwarden". Returns `max + 1` as soon as the distance must exceed `max`; only a band of width
 * `2 * max + 1` is computed.
 */
export function boundedDistance(query: string, name: string, max: number): number {
  const m = query.length;
  const n = Math.min(name.length, m + max);
  if (n < m - max) return max + 1;
  const over = max + 1;
  if (rows[0].length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= n; j += 1) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= m; i += 1) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    current.fill(over);
    current[0] = i <= max ? i : over;
    let rowMin = current[from - 1] ?? over;
    const qi = query.charCodeAt(i - 1);
    for (let j = from; j <= to; j += 1) {
      const nj = name.charCodeAt(j - 1);
      let value = Math.min(
        (previous[j] ?? over) + 1,
        (current[j - 1] ?? over) + 1,
        (previous[j - 1] ?? over) + (qi === nj ? 0 : 1),
      );
      if (i > 1 && j > 1 && qi === name.charCodeAt(j - 2) && query.charCodeAt(i - 2) === nj) {
        value = Math.min(value, (beforePrevious[j - 2] ?? over) + 1);
      }
      current[j] = value > over ? over : value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return over;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  // `previous` holds the last row: the distance of the whole query to each start of the name.
  let best = over;
  for (let j = Math.max(0, m - max); j <= n; j += 1) best = Math.min(best, previous[j] ?? over);
  return best;
}
