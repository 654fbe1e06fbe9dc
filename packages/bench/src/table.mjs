// Formats the figures of every package as one Markdown table: area, figure, value, unit, note.

/** A number shown with the precision it deserves: whole above 100, else three significant digits. */
export function formatValue(value) {
  if (value === null) return 'n/a';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100 || Number.isInteger(value)) {
    return Math.round(value).toLocaleString('en-US');
  }
  return String(Number(value.toPrecision(3)));
}

/** The area column: the package's short name and the figure's group. */
function area(packageName, group) {
  const short = packageName.replace(/^@[^/]+\//, '');
  return group ? `${short}: ${group}` : short;
}

function escapeCell(text) {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** One Markdown table over the figures of all bench files, in the given order, columns padded. */
export function formatTable(benches) {
  const header = ['area', 'figure', 'value', 'unit', 'note'];
  const rows = benches.flatMap((bench) =>
    bench.figures.map((f) =>
      [area(bench.package, f.group), f.name, formatValue(f.value), f.unit, f.note ?? ''].map(escapeCell),
    ),
  );
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 2 ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}
