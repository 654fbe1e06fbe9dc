import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  endpoint,
  click,
  deepActive,
  fillForm,
  expectNoAxeViolations,
  json,
  mockFetch,
  mount,
  q,
  recordEvents,
  screenshot,
  set,
  shadow,
  toForm,
} from './support.js';

let restore = () => {};
afterEach(() => {
  restore();
  sessionStorage.clear();
});

describe('submission', () => {
  it('shows the field errors of a 422 on their fields, does not retry, and fires npo-submit-error', async () => {
    const fetchMock = mockFetch(
      json(422, {
        errors: [
          { path: 'contact.email', code: 'invalid_format', message: { nl: 'Dit e-mailadres wordt niet geaccepteerd.', en: 'This email address is not accepted.' } },
          { path: 'question', code: 'too_small', message: { nl: 'Beschrijf uw vraag uitgebreider.', en: 'Describe your question in more detail.' } },
        ],
      }),
    );
    restore = fetchMock.restore;
    const el = await mount({ endpoint, 'retry-delay': '1' });
    const events = recordEvents(el);
    await toForm(el);
    await fillForm(el);
    const keyBefore = JSON.parse(sessionStorage.getItem(`npo-gemeentecheck:draft:${endpoint}`) ?? '{}').clientRequestId;
    await click(el, 'Volgende', 'Controleer uw aanvraag');
    await click(el, 'Aanvraag versturen');
    await vi.waitFor(() => expect(deepActive()?.classList.contains('error-summary')).toBe(true));
    expect(fetchMock.calls).toHaveLength(1);
    expect(q(el, '#f-email').getAttribute('aria-invalid')).toBe('true');
    expect(q(el, '#f-email-error').textContent).toBe('Dit e-mailadres wordt niet geaccepteerd.');
    expect(q(el, '#f-question-error').textContent).toBe('Beschrijf uw vraag uitgebreider.');
    const links = [...shadow(el).querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#f-email', '#f-question']);
    expect(events).toEqual([
      expect.objectContaining({ type: 'npo-result' }),
      { type: 'npo-submit-error', detail: { reason: 'invalid' }, bubbles: true, composed: true },
    ]);
    // The server answered, so nothing was stored under that key: a corrected request gets a new one.
    const keyAfter = JSON.parse(sessionStorage.getItem(`npo-gemeentecheck:draft:${endpoint}`) ?? '{}').clientRequestId;
    expect(keyAfter).not.toBe(keyBefore);
    expect(q<HTMLInputElement>(el, '#f-name').value).toBe('Anna de Vries');
    await expectNoAxeViolations();
  });

  it('retries network failures with the same idempotency key, then keeps the draft and reports the error', async () => {
    const fetchMock = mockFetch('network-error');
    restore = fetchMock.restore;
    const el = await mount({ endpoint, 'retry-delay': '5', retries: '2', 'contact-email': 'info@example.org' });
    const events = recordEvents(el);
    await toForm(el);
    await fillForm(el);
    await click(el, 'Volgende', 'Controleer uw aanvraag');
    await click(el, 'Aanvraag versturen');
    await vi.waitFor(() => expect(deepActive()?.id).toBe('submit-error'));
    expect(fetchMock.calls).toHaveLength(3);
    const keys = new Set(fetchMock.calls.map((c) => c.headers['idempotency-key']));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toBe(fetchMock.calls[0]?.body['clientRequestId']);
    // Not the visitor's connection: the recipient could not be reached. Read once, from the focused message.
    expect(q(el, '#submit-error').textContent).toContain('konden de ontvanger nu niet bereiken');
    expect(q(el, '#submit-error').textContent).not.toMatch(/uw verbinding|geen verbinding/);
    expect(shadow(el).querySelector('[role="status"]')?.textContent?.trim()).toBe('');
    expect(events.at(-1)).toEqual({ type: 'npo-submit-error', detail: { reason: 'network' }, bubbles: true, composed: true });
    const draft = JSON.parse(sessionStorage.getItem(`npo-gemeentecheck:draft:${endpoint}`) ?? 'null');
    expect(draft).toMatchObject({ step: 'check', municipality: 'GM0981', form: { name: 'Anna de Vries' } });
    expect(draft.clientRequestId).toBe(fetchMock.calls[0]?.body['clientRequestId']);
    await expectNoAxeViolations();
    await screenshot(el, '5b-form-network-error');
  });

  it('retries a 5xx and succeeds with the same key', async () => {
    const fetchMock = mockFetch(json(503, {}), json(201, { id: 'r9', reference: 'NPO-9', status: 'submitted' }));
    restore = fetchMock.restore;
    const el = await mount({ endpoint, 'retry-delay': '1' });
    await toForm(el);
    await fillForm(el);
    await click(el, 'Volgende', 'Controleer uw aanvraag');
    await click(el, 'Aanvraag versturen');
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Aanvraag ontvangen'));
    expect(fetchMock.calls).toHaveLength(2);
    expect(fetchMock.calls[0]?.headers['idempotency-key']).toBe(fetchMock.calls[1]?.headers['idempotency-key']);
    expect(q(el, '.reference').textContent).toBe('NPO-9');
  });

  it('never retries another 4xx', async () => {
    const fetchMock = mockFetch(json(409, { error: 'conflict' }));
    restore = fetchMock.restore;
    const el = await mount({ endpoint, 'retry-delay': '1' });
    const events = recordEvents(el);
    await toForm(el);
    await fillForm(el);
    await click(el, 'Volgende', 'Controleer uw aanvraag');
    await click(el, 'Aanvraag versturen');
    await vi.waitFor(() => expect(deepActive()?.id).toBe('submit-error'));
    expect(fetchMock.calls).toHaveLength(1);
    expect(events.at(-1)?.detail).toEqual({ reason: 'rejected' });
  });

  it('gives up an attempt after the timeout', async () => {
    const original = globalThis.fetch;
    let attempts = 0;
    globalThis.fetch = ((_: RequestInfo | URL, init?: RequestInit) => {
      attempts++;
      return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }) as typeof fetch;
    restore = () => void (globalThis.fetch = original);
    const el = await mount({ endpoint, timeout: '30', retries: '1', 'retry-delay': '1' });
    const events = recordEvents(el);
    await toForm(el);
    await fillForm(el);
    await click(el, 'Volgende', 'Controleer uw aanvraag');
    await click(el, 'Aanvraag versturen');
    await vi.waitFor(() => expect(events.at(-1)?.detail).toEqual({ reason: 'timeout' }));
    expect(attempts).toBe(2);
  });

  it('offers a prefilled mailto link when there is no endpoint, and sends nothing', async () => {
    const fetchMock = mockFetch('network-error');
    restore = fetchMock.restore;
    const el = await mount({ 'contact-email': 'npo@example.org' });
    await toForm(el);
    await fillForm(el);
    await click(el, 'Volgende', 'Controleer uw aanvraag');
    await click(el, 'Aanvraag mailen');
    await vi.waitFor(() => expect(deepActive()?.id).toBe('mailto-link'));
    const href = q<HTMLAnchorElement>(el, '#mailto-link').getAttribute('href') ?? '';
    expect(href.startsWith('mailto:npo@example.org?subject=')).toBe(true);
    const body = decodeURIComponent(href.split('&body=')[1] ?? '');
    expect(body).toContain('Vaals (GM0981)');
    expect(body).toContain('Anna de Vries');
    expect(body).toContain('Hoe richten wij een zomerschool in');
    expect(fetchMock.calls).toHaveLength(0);
  });
});

describe('draft', () => {
  it('restores the answers after a reload and clears them only after a confirmed submission', async () => {
    const fetchMock = mockFetch(json(201, { id: 'r1', reference: 'NPO-1', status: 'submitted' }));
    restore = fetchMock.restore;
    let el = await mount({ endpoint });
    await toForm(el);
    set(el, '#f-name', 'Bram');
    set(el, '#f-question', 'Een vraag over de lokale educatieve agenda.');
    // A reload: a new element on a fresh page state, only sessionStorage survives.
    el.remove();
    el = await mount({ endpoint });
    await vi.waitFor(() => expect(shadow(el).querySelector('#f-name')).not.toBeNull());
    expect(q<HTMLInputElement>(el, '#f-name').value).toBe('Bram');
    expect(q<HTMLTextAreaElement>(el, '#f-question').value).toBe('Een vraag over de lokale educatieve agenda.');
    expect(shadow(el).querySelector('[role="status"]')?.textContent).toContain('teruggezet');
    await click(el, 'Vorige', 'Uitkomst');
    await click(el, 'Vorige', 'Nog een paar vragen');
    expect(q<HTMLInputElement>(el, '#capacity-yes').checked).toBe(true);
    await click(el, 'Volgende', 'Uitkomst');
    await click(el, 'Aanvraag doen', 'Uw aanvraag');
    set(el, '#f-role', 'Wethouder');
    set(el, '#f-email', 'bram@example.org');
    set(el, '#f-supportTypes-0', true);
    set(el, '#f-planPhases-0', true);
    set(el, '#f-privacyConsent', true);
    expect(sessionStorage.getItem(`npo-gemeentecheck:draft:${endpoint}`)).not.toBeNull();
    await click(el, 'Volgende', 'Controleer uw aanvraag');
    await click(el, 'Aanvraag versturen');
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Aanvraag ontvangen'));
    expect(sessionStorage.getItem(`npo-gemeentecheck:draft:${endpoint}`)).toBeNull();
  });

  it('survives a tampered draft: odd values become empty', async () => {
    sessionStorage.setItem(
      `npo-gemeentecheck:draft:${endpoint}`,
      JSON.stringify({
        version: 2,
        savedAt: Date.now(),
        municipality: 'GM0981',
        step: 'form',
        clientRequestId: 'x',
        answers: { capacity: 'maybe', targetGroupShare: 12 },
        form: { name: { evil: true }, supportTypes: 'local-structure', partners: [1, 'municipality'], privacyConsent: 'yes' },
      }),
    );
    const el = await mount({ endpoint });
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Uw aanvraag'));
    expect(q<HTMLInputElement>(el, '#f-name').value).toBe('');
    expect(q<HTMLInputElement>(el, '#f-supportTypes-0').checked).toBe(false);
    expect(q<HTMLInputElement>(el, '#f-partners-0').checked).toBe(true);
    expect(q<HTMLInputElement>(el, '#f-privacyConsent').checked).toBe(false);
  });

  it('keeps drafts for different endpoints apart', async () => {
    const el = await mount({ endpoint });
    set(el, '#municipality-input', 'Vaals');
    await el.updateComplete;
    q(el, '#municipality-option-0').click();
    expect(sessionStorage.getItem(`npo-gemeentecheck:draft:${endpoint}`)).toContain('GM0981');
    const other = await mount({ endpoint: 'https://other.example.org/api' });
    expect(q<HTMLInputElement>(other, '#municipality-input').value).toBe('');
  });
});
