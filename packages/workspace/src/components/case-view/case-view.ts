import { providers, trajectoryTransitions, type TrajectoryState } from '@npo-gemeenten/core/catalogue';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError, call } from '../../api/client.js';
import { type AuditPage, auditPageSchema, noteSchema, type StoredRequest, storedRequestSchema } from '../../api/schemas.js';
import { errorText } from '../../error-text.js';
import {
  formatDateTime,
  formatDay,
  partnerLabel,
  planPhaseLabel,
  preferredFormLabel,
  preferredIntensityLabel,
  providerName,
  stateLabel,
  supportTypeLabel,
} from '../../format.js';
import { href, navigate } from '../../router.js';
import { shared } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { ViewElement } from '../view-props.js';
import { styles } from './case-view.styles.js';
import { decisionTable } from './decision-table.js';

type Form = 'move' | 'assign' | 'note';

/**
 * `<npo-case-view>`: one request with everything the requester sent, the server's re-check beside the
 * requester's decision record, the trajectory (moves only where core's machine allows, with a reason),
 * assignment, notes, history, the audit entries (coordinators) and erasure with a confirmation.
 */
export class NpoCaseView extends ViewElement {
  static override styles = [tokens, shared, styles];
  static override properties: PropertyDeclarations = {
    ...ViewElement.properties,
    requestId: { attribute: false },
    record: { state: true },
    audit: { state: true },
    error: { state: true },
    formErrors: { state: true },
    done: { state: true },
  };

  declare requestId: string;
  declare record: StoredRequest | null;
  declare audit: AuditPage | null;
  declare error: string | null;
  declare formErrors: Partial<Record<Form, string>>;
  declare done: { form: Form; text: string } | null;

  constructor() {
    super();
    this.requestId = '';
    this.record = null;
    this.audit = null;
    this.error = null;
    this.formErrors = {};
    this.done = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('requestId') && this.requestId) void this.load();
  }

  private get coordinator(): boolean {
    return this.user?.role === 'coordinator';
  }

  private async load(): Promise<void> {
    try {
      const id = encodeURIComponent(this.requestId);
      this.record = await call(`requests/${id}`, { schema: storedRequestSchema });
      this.error = null;
      this.audit = this.coordinator
        ? await call('audit', { query: new URLSearchParams({ request: this.record.id, limit: '50' }), schema: auditPageSchema })
        : null;
    } catch (error) {
      this.error = errorText(error, this.t, this.language);
    }
  }

  /** After a change: the fresh record, the message in its form's status region, and focus on it. */
  private async finish(form: Form, text: string): Promise<void> {
    await this.load();
    this.formErrors = {};
    this.done = { form, text };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${form}-status`)?.focus();
  }

  private async fail(form: Form, error: unknown, field: string): Promise<void> {
    this.done = null;
    this.formErrors = { ...this.formErrors, [form]: error instanceof Error || typeof error !== 'string' ? errorText(error, this.t, this.language) : error };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  private async move(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const record = this.record;
    if (!record) return;
    // Read before any await: once the event is dispatched, its target is retargeted to this element.
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const to = String(data.get('to') ?? '');
    const note = String(data.get('note') ?? '').trim();
    if (!to) return this.fail('move', this.t.moveChoose, 'move-to');
    if (!note) return this.fail('move', this.t.moveReasonRequired, 'move-note');
    try {
      await call(`requests/${record.id}/transitions`, { method: 'POST', body: { to, note } });
      form.reset();
      await this.finish('move', this.t.moveDone(stateLabel(to, this.language)));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.problem?.allowed) {
        await this.load();
        const allowed = error.problem.allowed.map((s) => stateLabel(s, this.language)).join(', ');
        return this.fail('move', this.t.moveIllegal(allowed || '-'), 'move-to');
      }
      return this.fail('move', error, 'move-to');
    }
  }

  private async assign(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const record = this.record;
    if (!record) return;
    const data = new FormData(event.target as HTMLFormElement);
    const provider = String(data.get('provider') ?? '');
    const adviserEmail = String(data.get('adviserEmail') ?? '').trim();
    if (!provider) return this.fail('assign', this.t.assignChooseProvider, 'assign-provider');
    try {
      await call(`requests/${record.id}/assignment`, {
        method: 'POST',
        body: adviserEmail ? { provider, adviserEmail } : { provider },
      });
      await this.finish('assign', this.t.assignDone);
    } catch (error) {
      const unknownAdviser = error instanceof ApiError && error.problem?.error === 'unknown-adviser';
      return this.fail('assign', unknownAdviser ? this.t.assignUnknownAdviser : error, unknownAdviser ? 'assign-adviser' : 'assign-provider');
    }
  }

  private async addNote(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const record = this.record;
    if (!record) return;
    const form = event.target as HTMLFormElement;
    const text = String(new FormData(form).get('text') ?? '').trim();
    if (!text) return this.fail('note', this.t.noteRequired, 'note-text');
    try {
      await call(`requests/${record.id}/notes`, { method: 'POST', body: { text }, schema: noteSchema });
      form.reset();
      await this.finish('note', this.t.noteDone);
    } catch (error) {
      return this.fail('note', error, 'note-text');
    }
  }

  private openErase(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.showModal();
  }

  private closeErase(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  private async erase(): Promise<void> {
    const record = this.record;
    if (!record) return;
    try {
      await call(`requests/${record.id}`, { method: 'DELETE' });
      this.closeErase();
      this.flash(this.t.eraseDone(record.reference));
      navigate(href(''));
    } catch (error) {
      this.closeErase();
      this.error = errorText(error, this.t, this.language);
    }
  }

  private status(form: Form): TemplateResult {
    const done = this.done?.form === form ? this.done.text : null;
    return html`<p id="${form}-status" class=${done ? 'message ok' : 'visually-hidden'} role="status" tabindex="-1">${done ?? ''}</p>`;
  }

  private fieldError(form: Form): TemplateResult | typeof nothing {
    const text = this.formErrors[form];
    return text ? html`<p class="field-error" id="${form}-error">${text}</p>` : nothing;
  }

  private renderRequest(record: StoredRequest): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const r = record.request;
    const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
    const optional = (label: string, value: string | undefined) => (value === undefined ? nothing : row(label, value));
    return html`<section class="card" aria-labelledby="request-heading">
      <h2 id="request-heading">${t.sectionRequest}</h2>
      <dl>
        ${row(t.fieldMunicipality, r.municipality.name)}
        ${row(t.fieldContact, r.contact.name)} ${row(t.fieldRole, r.contact.role)}
        ${row(t.fieldEmail, html`<a href="mailto:${r.contact.email}">${r.contact.email}</a>`)}
        ${optional(t.fieldPhone, r.contact.phone)}
        ${row(t.fieldSupportTypes, html`<ul class="plain">${r.supportTypes.map((s) => html`<li>${supportTypeLabel(s, lang)}</li>`)}</ul>`)}
        ${optional(t.fieldSupportOther, r.supportTypeOther)}
        ${row(t.fieldPlanPhases, r.planPhases.map((p) => planPhaseLabel(p, lang)).join(', '))}
        ${row(t.fieldPreferredForm, r.preferredForm ? preferredFormLabel(r.preferredForm, lang) : t.notGiven)}
        ${row(t.fieldPreferredIntensity, r.preferredIntensity ? preferredIntensityLabel(r.preferredIntensity, lang) : t.notGiven)}
        ${row(t.fieldQuestion, r.question)}
        ${row(t.fieldPartners, r.partners.length ? r.partners.map((p) => partnerLabel(p, lang)).join(', ') : t.noPartners)}
        ${optional(t.fieldPartnersOther, r.partnersOther)}
        ${row(t.fieldPreferredStart, r.preferredStart ? formatDay(r.preferredStart, lang) : t.notGiven)}
        ${row(t.fieldLanguage, t.languages[r.language])}
        ${row(t.fieldPrivacy, t.consentGiven)}
      </dl>
    </section>`;
  }

  private renderCheck(record: StoredRequest): TemplateResult {
    const t = this.t;
    const check = record.eligibilityCheck;
    return html`<section class="card" aria-labelledby="check-heading">
      <h2 id="check-heading">${t.sectionCheck}</h2>
      <p>${t.checkIntro}</p>
      <p class=${check.status === 'match' ? 'message ok' : 'message error'}>${t.checkStatus[check.status]}</p>
      ${decisionTable(record.clientDecision, check.serverDecision, t, this.language)}
    </section>`;
  }

  private renderMove(record: StoredRequest): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const allowed: readonly TrajectoryState[] = trajectoryTransitions[record.status];
    const invalid = this.formErrors.move !== undefined;
    return html`<section class="card" aria-labelledby="move-heading">
      <h2 id="move-heading">${t.sectionTrajectory}</h2>
      <p>${t.currentStatus(stateLabel(record.status, lang))}</p>
      ${this.status('move')}
      ${allowed.length === 0
        ? html`<p>${t.moveFinal}</p>`
        : html`<form @submit=${this.move} novalidate>
            ${this.fieldError('move')}
            <div class="field">
              <label for="move-to">${t.moveTo}</label>
              <select id="move-to" name="to" aria-describedby=${invalid ? 'move-error' : nothing}>
                <option value="">-</option>
                ${allowed.map((state) => html`<option value=${state}>${stateLabel(state, lang)}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="move-note">${t.moveReason}<span class="hint" id="move-hint">${t.moveReasonHint}</span></label>
              <textarea id="move-note" name="note" maxlength="1000" aria-describedby=${invalid ? 'move-hint move-error' : 'move-hint'}></textarea>
            </div>
            <button type="submit">${t.moveButton}</button>
          </form>`}
    </section>`;
  }

  private renderAssignment(record: StoredRequest): TemplateResult {
    const t = this.t;
    const provider = providerName(record.provider);
    const current = provider ? t.assignedTo(provider, record.adviserEmail ?? t.unassigned) : t.assignNone;
    const invalid = this.formErrors.assign !== undefined;
    return html`<section class="card" aria-labelledby="assign-heading">
      <h2 id="assign-heading">${t.sectionAssignment}</h2>
      <p>${current}</p>
      ${this.status('assign')}
      ${this.coordinator
        ? html`<form @submit=${this.assign} novalidate>
            ${this.fieldError('assign')}
            <div class="field">
              <label for="assign-provider">${t.assignProvider}</label>
              <select id="assign-provider" name="provider" aria-describedby=${invalid ? 'assign-error' : nothing}>
                <option value="">-</option>
                ${providers.map((p) => html`<option value=${p.id} ?selected=${p.id === record.provider}>${p.name}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="assign-adviser">${t.assignAdviser}<span class="hint" id="assign-hint">${t.assignAdviserHint}</span></label>
              <input id="assign-adviser" name="adviserEmail" type="email" autocomplete="off" .value=${record.adviserEmail ?? ''}
                aria-describedby=${invalid ? 'assign-hint assign-error' : 'assign-hint'} />
            </div>
            <button type="submit">${t.assignButton}</button>
          </form>`
        : html`<p class="hint">${t.assignCoordinatorOnly}</p>`}
    </section>`;
  }

  private renderNotes(record: StoredRequest): TemplateResult {
    const t = this.t;
    const notes = record.notes ?? [];
    const invalid = this.formErrors.note !== undefined;
    return html`<section class="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">${t.sectionNotes}</h2>
      ${notes.length === 0
        ? html`<p>${t.notesEmpty}</p>`
        : html`<ul class="notes">
            ${notes.map(
              (n) => html`<li><span class="note-text">${n.text}</span><span class="meta">${t.noteBy(n.author, formatDateTime(n.at, this.language))}</span></li>`,
            )}
          </ul>`}
      ${this.status('note')}
      <form @submit=${this.addNote} novalidate>
        ${this.fieldError('note')}
        <div class="field">
          <label for="note-text">${t.noteLabel}<span class="hint" id="note-hint">${t.noteHint}</span></label>
          <textarea id="note-text" name="text" maxlength="1000" aria-describedby=${invalid ? 'note-hint note-error' : 'note-hint'}></textarea>
        </div>
        <button type="submit">${t.noteButton}</button>
      </form>
    </section>`;
  }

  private renderHistory(record: StoredRequest): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const history = record.history ?? [];
    return html`<section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">${t.sectionHistory}</h2>
      ${history.length === 0
        ? html`<p>${t.historyEmpty}</p>`
        : html`<ol class="history">
            ${history.map(
              (e) => html`<li>
                ${t.historyMove(stateLabel(e.from, lang), stateLabel(e.to, lang))}
                ${e.note ? html`<span class="note-text">: ${e.note}</span>` : nothing}
                <span class="meta">${t.historyBy(e.actor, formatDateTime(e.at, lang))}</span>
              </li>`,
            )}
          </ol>`}
    </section>`;
  }

  private renderAudit(audit: AuditPage): TemplateResult {
    const t = this.t;
    return html`<section class="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">${t.sectionAudit}</h2>
      <div class="table-wrap">
        <table>
          <caption>${t.auditCaption}</caption>
          <thead>
            <tr><th scope="col">${t.auditWhen}</th><th scope="col">${t.auditWho}</th><th scope="col">${t.auditWhat}</th><th scope="col">${t.auditFrom}</th></tr>
          </thead>
          <tbody>
            ${audit.items.map(
              (a) => html`<tr>
                <td>${formatDateTime(a.at, this.language)}</td>
                <td>${a.actor}</td>
                <td>${t.auditActions[a.action] ?? a.action}</td>
                <td>${a.clientAddress ?? '-'}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${audit.total > audit.items.length ? html`<p>${t.auditMore(audit.items.length, audit.total)}</p>` : nothing}
    </section>`;
  }

  private renderErase(record: StoredRequest): TemplateResult {
    const t = this.t;
    return html`<section class="card" aria-labelledby="erase-heading">
      <h2 id="erase-heading">${t.sectionErase}</h2>
      <p>${t.eraseIntro}</p>
      <button type="button" class="danger" @click=${this.openErase}>${t.eraseButton}</button>
      <dialog aria-labelledby="erase-dialog-heading" aria-describedby="erase-dialog-text">
        <h2 id="erase-dialog-heading">${t.eraseConfirmHeading}</h2>
        <p id="erase-dialog-text">${t.eraseConfirmText(record.reference)}</p>
        <div class="actions">
          <button type="button" class="secondary" autofocus @click=${this.closeErase}>${t.eraseCancel}</button>
          <button type="button" class="danger" @click=${this.erase}>${t.eraseConfirm}</button>
        </div>
      </dialog>
    </section>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const record = this.record;
    // One heading element in every state, so the focus the shell put on it stays when the record arrives.
    const heading = record ? t.caseHeading(record.reference) : this.error ? t.errorSummary : t.loading;
    return html`
      <p><a href=${href('')}>${t.backToList}</a></p>
      <h1 tabindex="-1">${heading}</h1>
      ${record ? html`<p class="summary">${t.caseSummary(record.request.municipality.name, formatDateTime(record.receivedAt, this.language))}</p>` : nothing}
      ${this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing}
      ${record
        ? html`<div class="columns">
            <div>
              ${this.renderRequest(record)} ${this.renderCheck(record)} ${this.renderHistory(record)}
              ${this.audit ? this.renderAudit(this.audit) : nothing}
            </div>
            <div>
              ${this.renderMove(record)} ${this.renderAssignment(record)} ${this.renderNotes(record)}
              ${this.coordinator ? this.renderErase(record) : nothing}
            </div>
          </div>`
        : nothing}
    `;
  }
}

customElements.define('npo-case-view', NpoCaseView);
