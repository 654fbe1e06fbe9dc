/** A date as typed in three fields (day, month, year), as NL Design System and GOV.UK ask for dates. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate = (): DateParts => ({ day: '', month: '', year: '' });

export const datePartNames = ['day', 'month', 'year'] as const;

/**
 * The date as `YYYY-MM-DD`; undefined when all three fields are empty, null when the fields do not
 * make a real date (a missing part, 31 February, a two-digit year).
 */
export function composeDate(parts: DateParts): string | null | undefined {
  const [day, month, year] = datePartNames.map((name) => parts[name].trim());
  if (!day && !month && !year) return undefined;
  if (!/^\d{1,2}$/.test(day ?? '') || !/^\d{1,2}$/.test(month ?? '') || !/^\d{4}$/.test(year ?? '')) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The parts of a `YYYY-MM-DD` date (for a draft of an older version that kept the date as one string). */
export function splitDate(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' } : emptyDate();
}
