// The dashboard's charts as plain SVG in Lit templates: bars need one scale (value / largest value), so a
// chart library would add bytes for nothing. Each chart is an image with a name, followed by its table.
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { WorkspaceMessages } from '../../messages/index.js';

export interface Bar {
  label: string;
  value: number;
  /** Shown after the value, e.g. the median days in a state. */
  detail?: string;
  /** The list filtered on this bar. */
  href?: string;
}

interface TableColumns {
  label: string;
  value: string;
  detail?: string;
}

/** The table alternative of a chart, behind a disclosure so the chart stays the first thing seen. */
function table(id: string, caption: string, bars: readonly Bar[], columns: TableColumns, t: WorkspaceMessages): TemplateResult {
  return html`<details class="chart-table">
    <summary>${t.chartTable}</summary>
    <div class="table-wrap">
      <table id="${id}-table">
        <caption class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${columns.label}</th>
            <th scope="col" class="number">${columns.value}</th>
            ${columns.detail ? html`<th scope="col">${columns.detail}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${bars.map(
            (bar) => html`<tr>
              <th scope="row">${bar.href ? html`<a href=${bar.href}>${bar.label}</a>` : bar.label}</th>
              <td class="number">${bar.value}</td>
              ${columns.detail ? html`<td>${bar.detail ?? ''}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** Horizontal bars with their labels and values: reflows to one column on a narrow screen. */
export function barChart(id: string, title: string, bars: readonly Bar[], columns: TableColumns, t: WorkspaceMessages): TemplateResult {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return html`<section class="card chart" aria-labelledby="${id}-title">
    <h2 id="${id}-title">${title}</h2>
    ${bars.length === 0
      ? html`<p>${t.chartEmpty}</p>`
      : html`<div class="bars" role="img" aria-label=${title} aria-describedby="${id}-table">
            ${bars.map(
              (bar) => html`<div class="bar-row">
                <span class="bar-label">${bar.label}</span>
                <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                  <rect x="0" y="0" height="10" width=${(bar.value / max) * 100}></rect>
                </svg>
                <span class="bar-value">${bar.value}${bar.detail ? html` <span class="hint">(${bar.detail})</span>` : nothing}</span>
              </div>`,
            )}
          </div>
          ${table(id, title, bars, columns, t)}`}
  </section>`;
}

/** Requests per week as columns, oldest on the left; the first and last week and the top value are named. */
export function weekChart(id: string, title: string, bars: readonly Bar[], columns: TableColumns, t: WorkspaceMessages): TemplateResult {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = Math.max(1, bars.length) * 10;
  return html`<section class="card chart" aria-labelledby="${id}-title">
    <h2 id="${id}-title">${title}</h2>
    ${bars.length === 0
      ? html`<p>${t.chartEmpty}</p>`
      : html`<div class="weeks" role="img" aria-label=${title} aria-describedby="${id}-table">
            <span class="axis-max">${max}</span>
            <svg class="columns" viewBox="0 0 ${width} 100" preserveAspectRatio="none" aria-hidden="true">
              <line class="baseline" x1="0" y1="100" x2=${width} y2="100"></line>
              ${bars.map((bar, i) => svg`<rect x=${i * 10 + 1} y=${100 - (bar.value / max) * 100} width="8" height=${(bar.value / max) * 100}></rect>`)}
            </svg>
            <span class="axis-first">${bars[0]?.label}</span>
            <span class="axis-last">${bars.at(-1)?.label}</span>
          </div>
          ${table(id, title, bars, columns, t)}`}
  </section>`;
}
