import { providers } from '@npo-gemeenten/core/catalogue';
import { html, type TemplateResult } from 'lit';
import { formatDate } from '../../../format.js';
import type { WidgetLanguage, WidgetMessages } from '../../../messages/index.js';
import { offerEnds } from '../../../offer-status.js';

/** First thing on step 1 when the offer is closed: it ran until its end date; the check still works. */
export const offerClosedNotice = (t: WidgetMessages, language: WidgetLanguage): TemplateResult =>
  html`<div class="panel offer-closed" part="offer-closed"><p>${t.offerClosed(formatDate(offerEnds, language))}</p></div>`;

/** Who gives the support, in one sentence (the consortium members by name). */
export const providersSentence = (t: WidgetMessages): TemplateResult => html`<p class="note">${t.providersSentence(providers.map((p) => p.name))}</p>`;
