import { trajectoryStateIds } from '@npo-gemeenten/core/catalogue';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { call } from '../../api/client.js';
import { type Stats, statsSchema } from '../../api/schemas.js';
import { errorText } from '../../error-text.js';
import { formatCount, formatDateTime, formatDay, stateLabel, supportTypeLabel } from '../../format.js';
import { type MunicipalityIndex, municipalities } from '../../municipalities.js';
import { href, navigate } from '../../router.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { ViewElement } from '../view-props.js';
import { type Bar, barChart, weekChart } from './charts.js';
import { styles } from './dashboard.styles.js';
import './nl-map.js';

/** The size criterion's bound: municipalities of at most this many inhabitants are outlined. */
const smallBound = 40_000;
const day = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `<npo-dashboard>` ("Overzicht"): the figures of `GET /api/stats` (counted by the server, for what the
 * signed-in person may see) as charts, a map and tables, for a period kept in the address.
 */
export class NpoDashboard extends ViewElement {
  static override styles = [tokens, shared, styles];
  static override properties: PropertyDeclarations = {
    ...ViewElement.properties,
    query: { attribute: false },
    stats: { state: true },
    error: { state: true },
    index: { state: true },
  };

  declare query: URLSearchParams;
  declare stats: Stats | null;
  declare error: string | null;
  declare index: MunicipalityIndex | null;
  private loaded: string | null = null;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this.stats = null;
    this.error = null;
    this.index = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void municipalities().then((index) => (this.index = index));
  }

  /** The period in the address (`from`, `to`: ISO days), malformed values left out. */
  private get period(): URLSearchParams {
    const period = new URLSearchParams();
    for (const name of ['from', 'to']) {
      const value = this.query.get(name);
      if (value && day.test(value)) period.set(name, value);
    }
    return period;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      const key = this.period.toString();
      if (key !== this.loaded) {
        this.loaded = key;
        void this.load();
      }
    }
  }

  private async load(): Promise<void> {
    try {
      this.stats = await call('stats', { query: this.period, schema: statsSchema });
      this.error = null;
    } catch (error) {
      this.stats = null;
      this.error = errorText(error, this.t, this.language);
    }
  }

  private choosePeriod(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const period = new URLSearchParams();
    for (const name of ['from', 'to']) {
      const value = String(data.get(name) ?? '');
      if (day.test(value)) period.set(name, value);
    }
    navigate(href('overzicht', period));
  }

  /** The list filtered on one value, within the dashboard's period. */
  private listHref(filter: Record<string, string>): string {
    const query = new URLSearchParams(filter);
    const period = this.period;
    if (period.get('from')) query.set('receivedFrom', period.get('from')!);
    if (period.get('to')) query.set('receivedTo', period.get('to')!);
    return href('', query);
  }

  private renderMap(stats: Stats): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const index = this.index;
    const counts = new Map(stats.byMunicipality.map((m) => [m.code, m.count]));
    const all = index?.all ?? [];
    const small = new Set(all.filter((m) => m.inhabitants !== null && m.inhabitants <= smallBound).map((m) => m.code));
    const inhabitants = new Map(all.flatMap((m) => (m.inhabitants === null ? [] : [[m.code, m.inhabitants] as const])));
    const rows = [...stats.byMunicipality].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    return html`<section class="card wide" aria-labelledby="map-title">
      <h2 id="map-title">${t.mapHeading}</h2>
      <p id="map-intro">${t.mapIntro}</p>
      ${index
        ? html`<npo-nl-map
            .counts=${counts}
            .small=${small}
            .inhabitants=${inhabitants}
            .language=${lang}
            .t=${t}
            .hrefFor=${(code: string) => this.listHref({ municipality: code })}
          ></npo-nl-map>`
        : html`<p role="status">${t.loading}</p>`}
      <p class="hint">${t.mapAttribution}</p>
      <details class="chart-table">
        <summary>${t.chartTable}</summary>
        <div class="table-wrap">
          <table id="map-table">
            <caption class="visually-hidden">${t.mapTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${t.mapColumnMunicipality}</th>
                <th scope="col">${t.mapColumnProvince}</th>
                <th scope="col" class="number">${t.mapColumnInhabitants}</th>
                <th scope="col">${t.mapColumnSmall}</th>
                <th scope="col" class="number">${t.chartCount}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(({ code, count }) => {
                const m = index?.byCode(code);
                return html`<tr>
                  <th scope="row"><a href=${this.listHref({ municipality: code })}>${m?.name ?? code}</a></th>
                  <td>${m?.province?.name ?? ''}</td>
                  <td class="number">${m?.inhabitants === null || m === undefined ? t.unknownValue : formatCount(m.inhabitants, lang)}</td>
                  <td>${small.has(code) ? t.answerValues['yes'] : t.answerValues['no']}</td>
                  <td class="number">${count}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>`;
  }

  private renderStats(stats: Stats): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const weeks: Bar[] = stats.perWeek.map((w) => ({ label: t.chartWeekOf(w.week, formatDay(w.weekStart, lang)), value: w.count }));
    const supportTypes: Bar[] = stats.bySupportType.map((s) => ({ label: supportTypeLabel(s.supportType, lang), value: s.count }));
    const outcomes: Bar[] = stats.byOutcome.map((o) => ({
      label: t.outcomes[o.outcome] ?? o.outcome,
      value: o.count,
      href: this.listHref({ outcome: o.outcome }),
    }));
    // The funnel follows the trajectory's own order, every state shown (0 where none is).
    const byStatus = new Map(stats.byStatus.map((s) => [s.status, s]));
    const funnel: Bar[] = trajectoryStateIds.map((id) => ({
      label: stateLabel(id, lang),
      value: byStatus.get(id)?.count ?? 0,
      detail: t.chartDays(byStatus.get(id)?.medianDaysInState ?? null),
      href: this.listHref({ status: id }),
    }));
    return html`
      <p>${t.dashboardIntro(stats.total)} ${t.dashboardGenerated(formatDateTime(stats.generatedAt, lang))}</p>
      <div class="grid">
        <div class="wide">${weekChart('per-week', t.chartPerWeek, weeks, { label: t.chartWeek, value: t.chartCount }, t)}</div>
        ${barChart('by-support-type', t.chartBySupportType, supportTypes, { label: t.chartSupportType, value: t.chartCount }, t)}
        ${barChart('by-outcome', t.chartByOutcome, outcomes, { label: t.chartOutcome, value: t.chartCount }, t)}
        <div class="wide">
          ${barChart('funnel', t.chartFunnel, funnel, { label: t.chartStatus, value: t.chartCount, detail: t.chartMedianDays }, t)}
        </div>
        ${this.renderMap(stats)}
      </div>
    `;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const period = this.period;
    return html`
      <h1 tabindex="-1">${t.dashboardHeading}</h1>
      <form class="card period" aria-label=${t.dashboardPeriod} @submit=${this.choosePeriod} novalidate>
        <div class="field">
          <label for="d-from">${t.filterFrom}</label>
          <input id="d-from" name="from" type="date" .value=${period.get('from') ?? ''} />
        </div>
        <div class="field">
          <label for="d-to">${t.filterTo}</label>
          <input id="d-to" name="to" type="date" .value=${period.get('to') ?? ''} />
        </div>
        <button type="submit">${t.filterApply}</button>
      </form>
      ${this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing}
      ${this.stats ? this.renderStats(this.stats) : this.error ? nothing : html`<p role="status">${t.loading}</p>`}
    `;
  }
}

customElements.define('npo-dashboard', NpoDashboard);
