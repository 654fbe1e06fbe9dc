import { html, nothing, type TemplateResult } from 'lit';
import type { Municipality } from '../../../domain-types.js';
import { formatDate, formatNumber, sourceText } from '../../../format.js';
import { markDutch, sourceTitles } from './dutch-titles.js';
import { backButton, heading, nextButton, type StepBase } from './parts.js';

/** What step 2 (the municipality's figures) shows. */
export interface FiguresStepView extends StepBase {
  municipality: Municipality;
  /** The former name the municipality was found by, if any. */
  formerName: string | null;
}

/** Step 2: the CBS figures of the chosen municipality, with their sources. */
export function figuresStep(view: FiguresStepView): TemplateResult {
  const { t, municipality: m, language } = view;
  const share = m.targetGroupShare;
  const date = (iso: string): string => formatDate(iso, language);
  return html`
    ${heading(t.figuresHeading(m.name))}
    ${view.formerName ? html`<p class="panel">${t.resolvedFromNote(view.formerName, m.name)}</p>` : nothing}
    <dl class="figures" part="figures">
      <dt>${t.inhabitantsLabel}</dt>
      <dd>${m.inhabitants === null ? t.unknownFigure : t.inhabitantsValue(formatNumber(m.inhabitants, language), date(m.referenceDate))}</dd>
      ${m.province ? html`<dt>${t.provinceLabel}</dt><dd>${m.province.name}</dd>` : nothing}
      <dt>${t.targetGroupLabel}</dt>
      <dd>${share ? t.targetGroupValue(`${formatNumber(share.value, language, 1)}%`, date(share.referenceDate)) : t.unknownFigure}</dd>
      ${m.mergedFrom.length > 0
        ? html`<dt>${t.mergedFromLabel}</dt>
            <dd>
              <ul>
                ${m.mergedFrom.map((f) => html`<li>${t.mergedFromItem(f.name, date(f.date))}</li>`)}
              </ul>
            </dd>`
        : nothing}
      <dt>${t.sourceLabel}</dt>
      <dd>${markDutch(`${sourceText(m.source)}${share ? `; ${sourceText(share.source)}` : ''}`, sourceTitles(m), language)}</dd>
    </dl>
    <p class="source">${t.attribution}</p>
    <form part="form" novalidate @submit=${(e: Event) => (e.preventDefault(), view.go('questions'))}>
      <div class="actions">
        ${backButton(view, 'municipality')}
        ${nextButton(t.next)}
      </div>
    </form>
  `;
}
