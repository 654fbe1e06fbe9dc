import type { Language } from '../ids.js';
import type { FigureSource } from './schema.js';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

// Own formatting instead of Intl: identical output in every runtime, with or without full ICU.
function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

// Formatted figures are kept: the same few thresholds and figures come back on every check.
const maxRemembered = 4096;
const formatted: Record<Language, Map<number, string>> = { nl: new Map(), en: new Map() };

function remember<K>(map: Map<K, string>, key: K, value: string): string {
  if (map.size >= maxRemembered) map.clear();
  map.set(key, value);
  return value;
}

/** Formats a number: Dutch `31.419` / `10,7`, English `31,419` / `10.7`. */
export function formatNumber(value: number, lang: Language): string {
  const map = formatted[lang];
  return map.get(value) ?? remember(map, value, formatNumberOnce(value, lang));
}

function formatNumberOnce(value: number, lang: Language): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(10).replace(/\.?0+$/, '').split('.');
  const sign = value < 0 ? '-' : '';
  const thousands = lang === 'nl' ? '.' : ',';
  const decimal = lang === 'nl' ? ',' : '.';
  return sign + group(whole, thousands) + (fraction ? decimal + fraction : '');
}

/** Formats a percentage as the source writes it: Dutch `10,7%`, English `10.7%`. */
export function formatPercent(value: number, lang: Language): string {
  return `${formatNumber(value, lang)}%`;
}

const dates: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };
const publishers = new Map<string, string>();

/** Formats an ISO date `2024-01-01` as `1 januari 2024` / `1 January 2024`. */
export function formatDate(iso: string, lang: Language): string {
  const map = dates[lang];
  return map.get(iso) ?? remember(map, iso, formatDateOnce(iso, lang));
}

function formatDateOnce(iso: string, lang: Language): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[lang][(month ?? 1) - 1];
  return name === undefined ? iso : `${day} ${name} ${year}`;
}

/** The publisher of a figure: its citation up to the first comma (`CBS, Bevolking op 1 januari` gives `CBS`). */
export function publisherOf(source: FigureSource): string {
  return publishers.get(source.source) ?? remember(publishers, source.source, source.source.split(',')[0]?.trim() || source.source);
}
