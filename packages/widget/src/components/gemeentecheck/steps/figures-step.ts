import type { TemplateResult } from 'lit';
import { html, nothing, formatDate, formatNumber, sourceText } from './from-entry.js';
import type { ChildFigures, Municipality } from '../../../domain-types.js';
import type { WidgetMessages } from '../../../messages/index.js';
import { markDutch, sourceTitles } from './dutch-titles.js';
import { backButton, heading, nextButton, type StepBase } from './parts.js';

/** What step 2 (the municipality's figures) shows. */
export interface FiguresStepView extends StepBase {
  municipality: Municipality;
  /** The former name the municipality was found by, if any. */
  formerName: string | null;
  /** Children by age and households with children: undefined while they load, null when unknown. */
  childFigures: ChildFigures | null | undefined;
}

/** The children figures with their source and reference date (all four share them). */
function childrenList(figures: ChildFigures, t: WidgetMessages, language: FiguresStepView['language']): TemplateResult {
  const [first] = figures;
  const source = first ? markDutch(t.childrenSource(sourceText(first.source), formatDate(first.referenceDate, language)), [first.source.title], language) : nothing;
  return html`<dl class="figures" part="figures">
    ${figures.map((f) => html`<dt>${f.label[language]}</dt><dd>${formatNumber(f.value, language)}</dd>`)}
    <dt>${t.sourceLabel}</dt>
    <dd>${source}</dd>
  </dl>`;
}

/** Children and families, as context beside the figures: never a criterion, and said so. */
function childrenFigures(view: FiguresStepView, t: WidgetMessages): TemplateResult {
  const { childFigures: figures, language } = view;
  const body =
    figures === undefined
      ? html`<p class="note">${t.loading}</p>`
      : figures === null || figures.length === 0
        ? html`<p>${t.unknownFigure}</p>`
        : childrenList(figures, t, language);
  return html`<section aria-labelledby="children-heading">
    <h3 id="children-heading">${t.childrenHeading}</h3>
    <p class="note">${t.childrenNote}</p>
    ${body}
  </section>`;
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
    ${childrenFigures(view, t)}
    <p class="source">${t.attribution}</p>
    <form part="form" novalidate @submit=${(e: Event) => (e.preventDefault(), view.go('questions'))}>
      <div class="actions">
        ${backButton(view, 'municipality')}
        ${nextButton(t.next)}
      </div>
    </form>
  `;
}
