/** `756` -> `GM0756`. */
export function formatCode(code: number): string {
  return `GM${String(code).padStart(4, '0')}`;
}

const codePattern = /^GM(\d{4})$/;

/** `GM0756` (any case, surrounding space allowed) -> `756`; `undefined` when not a GM code. */
export function parseCode(value: string): number | undefined {
  const match = codePattern.exec(value.trim().toUpperCase());
  return match ? Number(match[1]) : undefined;
}
