import type { Language } from '@npo-gemeenten/core';
import type { Catalogue } from '../domain-types.js';
import type { ShownError } from '../field-errors.js';
import { nl } from './nl.js';
import type { WidgetMessageOverrides, WidgetMessages } from './types.js';

export type { WidgetMessageOverrides, WidgetMessages } from './types.js';

/** The widget's languages: core's `Language` (`nl`, `en`). @public */
export type WidgetLanguage = Language;

/** Picks the language from a BCP 47 tag: English for `en*`, Dutch otherwise (also for `fy`, `de`, ...). */
export function toLanguage(tag: string | null | undefined): WidgetLanguage {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's, else Dutch. Looks
 * through enclosing shadow roots too, for a widget inside another component.
 */
export function languageOf(element: Element): WidgetLanguage {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return toLanguage(withLang.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'nl';
}

// Dutch is the default and ships in the first file; English is a small chunk loaded on demand.
const loaded: Partial<Record<WidgetLanguage, WidgetMessages>> = { nl };
let english: Promise<void> | undefined;

/** Makes sure the texts of a language are available; resolves at once for Dutch. */
export function loadMessages(language: WidgetLanguage): Promise<void> {
  if (loaded[language]) return Promise.resolve();
  english ??= import('./en.js').then(
    (module) => void (loaded.en = module.en),
    () => void (english = undefined),
  );
  return english;
}

/** The messages for a language with the host's overrides applied (Dutch until English is loaded). */
export function resolveMessages(language: WidgetLanguage, overrides?: WidgetMessageOverrides): WidgetMessages {
  const base = loaded[language] ?? nl;
  if (!overrides) return base;
  const { status, criterion, catalogue: _catalogue, fieldErrors: _fieldErrors, ...rest } = overrides;
  return {
    ...base,
    ...rest,
    status: { ...base.status, ...status },
    criterion: { ...base.criterion, ...criterion },
  } as WidgetMessages;
}

/** How the steps word catalogue labels and field errors: the host's override first, then core's text. */
export function hostWording(language: WidgetLanguage, overrides: WidgetMessageOverrides | undefined) {
  return {
    labelFor: (id: string, catalogue: Catalogue): string => overrides?.catalogue?.[id] ?? catalogue.find((item) => item.id === id)?.label[language] ?? id,
    errorText: (error: ShownError): string => overrides?.fieldErrors?.[error.code] ?? error.message[language] ?? error.message.nl,
  };
}
