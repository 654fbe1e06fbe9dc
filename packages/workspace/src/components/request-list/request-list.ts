import { providers, trajectoryStates } from '@npo-gemeenten/core/catalogue';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { call } from '../../api/client.js';
import { type RequestPage, requestPageSchema, type StoredRequest } from '../../api/schemas.js';
import { apiUrl } from '../../app-root.js';
import { errorText } from '../../error-text.js';
import { formatDateTime, providerName, stateLabel, supportTypeLabel } from '../../format.js';
import { filterNames, type ListQuery, outcomeIds, parseListQuery, type SortId, sortIds, toSearchParams } from '../../list-query.js';
import { type MunicipalityIndex, municipalities } from '../../municipalities.js';
import { href, navigate } from '../../router.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { ViewElement } from '../view-props.js';
import { styles } from './request-list.styles.js';

const pageSize = 25;

/**
 * `<npo-request-list>`: the requests the signed-in person may see (the server decides), with filters,
 * order and pages kept in the address, and the export of the same selection.
 */
export class NpoRequestList extends ViewElement {
  static override styles = [tokens, shared, styles];
  static override properties: PropertyDeclarations = {
    ...ViewElement.properties,
    query: { attribute: false },
    page: { state: true },
    error: { state: true },
    municipalityError: { state: true },
    index: { state: true },
    suggestions: { state: true },
  };

  declare query: URLSearchParams;
  declare page: RequestPage | null;
  declare error: string | null;
  declare municipalityError: string | null;
  declare index: MunicipalityIndex | null;
  declare suggestions: string[];
  /** The cursor of the page before each page seen, so "previous" works without the server's help. */
  private readonly previous = new Map<string, string | null>();
  private loaded: string | null = null;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this.page = null;
    this.error = null;
    this.municipalityError = null;
    this.index = null;
    this.suggestions = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void municipalities().then((index) => (this.index = index));
  }

  private get state(): ListQuery {
    return parseListQuery(this.query);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      const key = toSearchParams(this.state).toString();
      if (key !== this.loaded) {
        this.loaded = key;
        void this.load();
      }
    }
  }

  private async load(): Promise<void> {
    const state = this.state;
    const params = toSearchParams(state);
    params.set('limit', String(pageSize));
    if (state.sort !== 'received-desc') params.set('sort', state.sort);
    try {
      const page = await call('requests', { query: params, schema: requestPageSchema });
      if (page.next) this.previous.set(page.next, state.cursor);
      this.page = page;
      this.error = null;
    } catch (error) {
      this.page = null;
      this.error = errorText(error, this.t, this.language);
    }
  }

  private go(state: ListQuery): void {
    navigate(href('', toSearchParams(state)));
  }

  private applyFilters(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const filters: ListQuery['filters'] = {};
    for (const name of filterNames) {
      const value = String(form.get(name) ?? '').trim();
      if (value) filters[name] = value;
    }
    const text = String(form.get('municipalityName') ?? '').trim();
    delete filters.municipality;
    if (text) {
      const code = this.resolveMunicipality(text);
      if (!code) {
        this.municipalityError = this.t.filterMunicipalityUnknown(text);
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#f-municipality')?.focus());
        return;
      }
      filters.municipality = code;
    }
    this.municipalityError = null;
    const sort = String(form.get('sort') ?? 'received-desc') as SortId;
    this.go({ filters: parseListQuery(toSearchParams({ filters, sort, cursor: null })).filters, sort, cursor: null });
  }

  /** The code of a typed municipality: a name from the list, a former name, or a code. */
  private resolveMunicipality(text: string): string | null {
    if (/^GM\d{4}$/i.test(text)) return text.toUpperCase();
    const hit = this.index?.search(text, 1)[0];
    return hit && (hit.matchKind === 'exact' || hit.matchKind === 'code') ? hit.municipality.code : null;
  }

  private suggest(event: InputEvent): void {
    const text = (event.target as HTMLInputElement).value.trim();
    this.suggestions = text.length >= 2 && this.index ? this.index.search(text, 8).map((hit) => hit.municipality.name) : [];
  }

  private clearFilters(): void {
    this.municipalityError = null;
    this.go({ filters: {}, sort: this.state.sort, cursor: null });
  }

  private sortBy(column: 'received' | 'municipality'): void {
    const current = this.state.sort;
    const sort: SortId = current === `${column}-asc` ? `${column}-desc` : current === `${column}-desc` ? `${column}-asc` : column === 'received' ? 'received-desc' : 'municipality-asc';
    this.go({ ...this.state, sort, cursor: null });
  }

  private sortState(column: 'received' | 'municipality'): 'ascending' | 'descending' | 'none' {
    const sort = this.state.sort;
    return sort === `${column}-asc` ? 'ascending' : sort === `${column}-desc` ? 'descending' : 'none';
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const { filters, sort } = this.state;
    const municipalityName = filters.municipality ? (this.index?.byCode(filters.municipality)?.name ?? filters.municipality) : '';
    const option = (value: string, label: string, selected: string | undefined) =>
      html`<option value=${value} ?selected=${value === selected}>${label}</option>`;
    const select = (name: string, label: string, options: TemplateResult[]) => html`
      <div class="field">
        <label for="f-${name}">${label}</label>
        <select id="f-${name}" name=${name}>
          <option value="">${t.filterAny}</option>
          ${options}
        </select>
      </div>`;
    const invalid = this.municipalityError !== null;
    return html`
      <form class="card" @submit=${this.applyFilters} novalidate>
        <fieldset>
          <legend>${t.filtersHeading}</legend>
          <div class="filters">
            ${select('status', t.filterStatus, trajectoryStates.map((s) => option(s.id, s.label[lang], filters.status)))}
            ${select('provider', t.filterProvider, providers.map((p) => option(p.id, p.name, filters.provider)))}
            <div class="field">
              <label for="f-adviser">${t.filterAdviser}</label>
              <input id="f-adviser" name="adviser" type="email" autocomplete="off" .value=${filters.adviser ?? ''} />
            </div>
            <div class="field">
              <label for="f-municipality">${t.filterMunicipality}<span class="hint" id="f-municipality-hint">${t.filterMunicipalityHint}</span></label>
              ${invalid ? html`<p class="field-error" id="f-municipality-error">${this.municipalityError}</p>` : nothing}
              <input
                id="f-municipality"
                name="municipalityName"
                list="municipality-options"
                autocomplete="off"
                .value=${municipalityName}
                aria-describedby=${invalid ? 'f-municipality-hint f-municipality-error' : 'f-municipality-hint'}
                aria-invalid=${invalid ? 'true' : 'false'}
                @input=${this.suggest}
              />
              <datalist id="municipality-options">${this.suggestions.map((name) => html`<option value=${name}></option>`)}</datalist>
            </div>
            ${select('province', t.filterProvince, (this.index?.provinces ?? []).map((p) => option(p.code, p.name, filters.province)))}
            ${select('outcome', t.filterOutcome, outcomeIds.map((o) => option(o, t.outcomes[o] ?? o, filters.outcome)))}
            <div class="field">
              <label for="f-from">${t.filterFrom}</label>
              <input id="f-from" name="receivedFrom" type="date" .value=${filters.receivedFrom ?? ''} />
            </div>
            <div class="field">
              <label for="f-to">${t.filterTo}</label>
              <input id="f-to" name="receivedTo" type="date" .value=${filters.receivedTo ?? ''} />
            </div>
            <div class="field">
              <label for="f-sort">${t.sortLabel}</label>
              <select id="f-sort" name="sort">${sortIds.map((id) => option(id, t.sortOptions[id], sort))}</select>
            </div>
          </div>
          <div class="actions">
            <button type="submit">${t.filterApply}</button>
            <button type="button" class="secondary" @click=${this.clearFilters}>${t.filterClear}</button>
          </div>
        </fieldset>
      </form>`;
  }

  private renderRow(item: StoredRequest): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const outcome = item.eligibilityCheck.serverDecision?.outcome ?? item.clientDecision.outcome;
    const check = item.eligibilityCheck.status;
    const provider = providerName(item.provider);
    return html`<tr>
      <td><a href=${href(`requests/${encodeURIComponent(item.id)}`)}>${item.reference}</a></td>
      <td>${formatDateTime(item.receivedAt, lang)}</td>
      <td>${item.request.municipality.name}</td>
      <td>${item.request.supportTypes.map((s) => supportTypeLabel(s, lang)).join(', ')}</td>
      <td>${t.outcomes[outcome] ?? outcome}</td>
      <td>${check === 'match' ? t.checkMatch : check === 'mismatch' ? html`<span class="flag">${t.checkMismatch}</span>` : t.checkUnavailable}</td>
      <td>${stateLabel(item.status, lang)}</td>
      <td>${provider ? [provider, item.adviserEmail].filter(Boolean).join(', ') : t.unassigned}</td>
    </tr>`;
  }

  private sortHeader(column: 'received' | 'municipality', label: string): TemplateResult {
    const sort = this.sortState(column);
    return html`<th scope="col" aria-sort=${sort}>
      <button type="button" @click=${() => this.sortBy(column)} aria-label=${this.t.sortBy(label)}>
        ${label}<span class="direction" aria-hidden="true">${sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : ''}</span>
      </button>
    </th>`;
  }

  private renderTable(page: RequestPage): TemplateResult {
    const t = this.t;
    const state = this.state;
    if (page.items.length === 0) return html`<p role="status">${t.noRequests}</p>`;
    const before = state.cursor === null ? undefined : this.previous.get(state.cursor);
    const pageLink = (cursor: string | null, label: string) =>
      html`<li><a href=${href('', toSearchParams({ ...state, cursor }))}>${label}</a></li>`;
    return html`
      <div class="table-wrap">
        <table>
          <caption>${t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.columnReference}</th>
              ${this.sortHeader('received', t.columnReceived)}
              ${this.sortHeader('municipality', t.columnMunicipality)}
              <th scope="col">${t.columnSupport}</th>
              <th scope="col">${t.columnOutcome}</th>
              <th scope="col">${t.columnCheck}</th>
              <th scope="col">${t.columnStatus}</th>
              <th scope="col">${t.columnAssigned}</th>
            </tr>
          </thead>
          <tbody>${page.items.map((item) => this.renderRow(item))}</tbody>
        </table>
      </div>
      <nav aria-label=${t.pagination}>
        <ul class="pager">
          ${state.cursor !== null ? pageLink(null, t.firstPage) : nothing}
          ${before !== undefined && before !== null ? pageLink(before, t.previousPage) : nothing}
          ${page.next ? pageLink(page.next, t.nextPage) : nothing}
        </ul>
      </nav>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const page = this.page;
    const exportQuery = toSearchParams(this.state, { withPage: false });
    return html`
      <h1 tabindex="-1">${t.listHeading}</h1>
      ${this.renderFilters()}
      <section aria-labelledby="results">
        <h2 id="results" aria-live="polite">${page ? t.resultCount(page.total) : this.error ? t.errorSummary : t.loading}</h2>
        ${this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing}
        ${page ? this.renderTable(page) : nothing}
      </section>
      <section class="card" aria-labelledby="export">
        <h2 id="export">${t.exportHeading}</h2>
        <p>${t.exportNote}</p>
        <div class="actions">
          <a class="button secondary" href=${apiUrl('requests.csv', exportQuery).href} download>${t.exportCsv}</a>
          <a class="button secondary" href=${apiUrl('requests.xlsx', exportQuery).href} download>${t.exportXlsx}</a>
        </div>
      </section>
    `;
  }
}

customElements.define('npo-request-list', NpoRequestList);
