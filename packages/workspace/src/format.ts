// Dates, numbers and catalogue labels in the chosen language; never a code where a label exists.
import {
  type CatalogueEntry,
  type Language,
  partnerKinds,
  planPhases,
  preferredForms,
  preferredIntensities,
  providers,
  supportTypes,
  trajectoryStates,
} from '@npo-gemeenten/core/catalogue';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

/** A moment (ISO timestamp) as a date with time, in the Netherlands' time zone. */
export function formatDateTime(iso: string, lang: Language): string {
  return cached(`dt-${lang}`, () =>
    new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  ).format(new Date(iso));
}

/** A day (ISO date or timestamp) as a date. */
export function formatDay(iso: string, lang: Language): string {
  const date = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return cached(`d-${lang}`, () => new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' })).format(date);
}

/** A whole number with the language's grouping. */
export function formatCount(value: number, lang: Language): string {
  return cached(`n-${lang}`, () => new Intl.NumberFormat(locales[lang])).format(value);
}

function labelIn<Id extends string>(entries: readonly CatalogueEntry<Id>[], id: string, lang: Language): string {
  return entries.find((entry) => entry.id === id)?.label[lang] ?? id;
}

export const stateLabel = (id: string, lang: Language) => labelIn(trajectoryStates, id, lang);
export const supportTypeLabel = (id: string, lang: Language) => labelIn(supportTypes, id, lang);
export const planPhaseLabel = (id: string, lang: Language) => labelIn(planPhases, id, lang);
export const partnerLabel = (id: string, lang: Language) => labelIn(partnerKinds, id, lang);
export const preferredFormLabel = (id: string, lang: Language) => labelIn(preferredForms, id, lang);
export const preferredIntensityLabel = (id: string, lang: Language) => labelIn(preferredIntensities, id, lang);

/** A consortium member's name (the same in both languages). */
export function providerName(id: string | null): string | null {
  if (id === null) return null;
  return providers.find((p) => p.id === id)?.name ?? id;
}
