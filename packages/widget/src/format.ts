import type { WidgetLanguage } from './messages/index.js';

const locale = (language: WidgetLanguage): string => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A number in the visitor's language (`31.419` in Dutch, `31,419` in English). */
export function formatNumber(value: number, language: WidgetLanguage, digits = 0): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
}

/** A `YYYY-MM-DD` date written out ("1 januari 2024"); the input itself when it is no date. */
export function formatDate(iso: string, language: WidgetLanguage): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // UTC on both sides, so the day never shifts with the visitor's time zone.
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A figure's source as one line: "CBS, title (tableId)"; accepts a plain string too. */
export function sourceText(source: unknown): string {
  if (!source) return '';
  if (typeof source === 'string') return source;
  const s = source as { title?: string; publisher?: string; tableId?: string; source?: string };
  const title = s.title ?? s.source ?? '';
  const publisher = s.publisher ?? '';
  const table = s.tableId ? ` (${s.tableId})` : '';
  return [publisher, title].filter(Boolean).join(', ') + table;
}
