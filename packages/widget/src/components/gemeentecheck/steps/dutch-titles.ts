import { html, type TemplateResult } from 'lit';
import type { Municipality } from '../../../domain-types.js';
import type { WidgetLanguage } from '../../../messages/index.js';

/** The titles of the CBS tables a municipality's figures come from: Dutch, whatever the interface language. */
export function sourceTitles(m: Municipality | null): string[] {
  const titles = [m?.source, m?.targetGroupShare?.source].map((s) => (s && typeof s === 'object' ? (s as { title?: string }).title : undefined));
  return titles.filter((title): title is string => !!title);
}

/**
 * Text with each Dutch CBS title in it marked `lang="nl"` when the interface is not Dutch, so a
 * screen reader reads the title with Dutch pronunciation (WCAG 3.1.2).
 */
export function markDutch(text: string, titles: readonly string[], language: WidgetLanguage): TemplateResult | string {
  if (language === 'nl' || titles.length === 0) return text;
  const pattern = new RegExp(`(${titles.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  const pieces = text.split(pattern);
  return html`${pieces.map((piece, i) => (i % 2 === 1 ? html`<span lang="nl">${piece}</span>` : piece))}`;
}
