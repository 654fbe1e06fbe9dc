import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  endpoint,
  deepActive,
  expectNoAxeViolations,
  fillForm,
  json,
  mockFetch,
  mount,
  q,
  recordEvents,
  send,
  set,
  shadow,
  submitButton,
  toFormInAnyLanguage,
  type Widget,
} from './support.js';

const draftKey = `npo-gemeentecheck:draft:${endpoint}`;
const stored = () => JSON.parse(sessionStorage.getItem(draftKey) ?? 'null');
let restore = () => {};
afterEach(() => {
  restore();
  sessionStorage.clear();
});

const ok = () => json(201, { id: 'req-7', reference: 'NPO-2026-0007', status: 'submitted' });
const busy = (retryAfter: string) => new Response('{"error":"rate_limited"}', { status: 429, headers: { 'Retry-After': retryAfter } });

/** The decoded body of the prepared e-mail. */
function mailBody(el: Widget): string {
  const href = q<HTMLAnchorElement>(el, '#mailto-link').getAttribute('href') ?? '';
  expect(href.startsWith('mailto:')).toBe(true);
  return decodeURIComponent(new URL(href).searchParams.get('body') ?? '');
}

const texts = {
  nl: { supportType: 'Pakket maatregelen', busy: /even druk.*2 minuten/, retry: 'Opnieuw versturen', outcome: 'Uw gemeente komt in aanmerking voor ondersteuning', done: 'Aanvraag ontvangen', mail: 'Aanvraag mailen' },
  en: { supportType: 'Package of measures', busy: /busy.*2 minutes/, retry: 'Send again', outcome: 'Your municipality qualifies for support', done: 'Request received', mail: 'Email request' },
};

for (const lang of ['nl', 'en'] as const) {
  const t = texts[lang];

  describe(`failures keep the visitor's work (${lang})`, () => {
    it('waits out a 429 with a Retry-After of at most 10 s and sends again with the same key', async () => {
      const fetchMock = mockFetch(busy('1'), ok());
      restore = fetchMock.restore;
      const el = await mount({ endpoint }, lang);
      await toFormInAnyLanguage(el);
      await fillForm(el);
      await send(el);
      await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe(t.done), { timeout: 5000 });
      expect(fetchMock.calls).toHaveLength(2);
      expect(fetchMock.calls[1]?.headers['idempotency-key']).toBe(fetchMock.calls[0]?.headers['idempotency-key']);
    });

    it('shows a longer 429 as busy, with a retry button that sends with the same key', async () => {
      const fetchMock = mockFetch(busy('120'), ok());
      restore = fetchMock.restore;
      const el = await mount({ endpoint, 'contact-email': 'info@example.org' }, lang);
      const events = recordEvents(el);
      await toFormInAnyLanguage(el);
      await fillForm(el);
      await send(el);
      await vi.waitFor(() => expect(deepActive()?.id).toBe('submit-error'));
      expect(q(el, '#submit-error').textContent).toMatch(t.busy);
      expect(events.at(-1)?.detail).toEqual({ reason: 'busy' });
      expect(fetchMock.calls).toHaveLength(1);
      await expectNoAxeViolations();
      const retry = [...shadow(el).querySelectorAll<HTMLButtonElement>('#submit-error button')].find((b) => b.textContent?.trim() === t.retry);
      retry?.click();
      await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe(t.done));
      expect(fetchMock.calls).toHaveLength(2);
      expect(fetchMock.calls[1]?.headers['idempotency-key']).toBe(fetchMock.calls[0]?.headers['idempotency-key']);
    });

    it('offers the e-mail with the entered data in words after a failed send, and after a 422 without field errors', async () => {
      for (const reply of ['network-error', json(422, { error: 'invalid_request' })] as const) {
        const fetchMock = mockFetch(reply);
        restore = fetchMock.restore;
        const el = await mount({ endpoint, 'contact-email': 'info@example.org', retries: '0' }, lang);
        await toFormInAnyLanguage(el);
        await fillForm(el);
        set(el, '#f-preferredStart-day', '1');
        set(el, '#f-preferredStart-month', '9');
        set(el, '#f-preferredStart-year', '2030');
        await send(el);
        await vi.waitFor(() => expect(deepActive()?.id).toBe('submit-error'));
        const body = mailBody(el);
        for (const part of ['Anna de Vries', 'anna@example.org', 'Vaals (GM0981)', t.supportType, t.outcome, 'zomerschool', '2030']) expect(body).toContain(part);
        // Labels, not codes.
        for (const code of ['eligible', 'measures-package', 'undefined']) expect(body).not.toContain(code);
        await expectNoAxeViolations();
        restore();
        sessionStorage.clear();
      }
    });

    it('offers the e-mail beside the field errors of a 422 too', async () => {
      const errors = [{ path: 'contact.email', code: 'invalid_format', message: { nl: 'Niet aangenomen.', en: 'Not accepted.' } }];
      const fetchMock = mockFetch(json(422, { errors }));
      restore = fetchMock.restore;
      const el = await mount({ endpoint, 'contact-email': 'info@example.org' }, lang);
      await toFormInAnyLanguage(el);
      await fillForm(el);
      await send(el);
      await vi.waitFor(() => expect(deepActive()?.classList.contains('error-summary')).toBe(true));
      expect(mailBody(el)).toContain('Anna de Vries');
      await expectNoAxeViolations();
    });

    it('reads an answer body only up to 64 KB and within the time limit', async () => {
      const big = new Response(JSON.stringify({ id: 'x', reference: 'y', padding: 'x'.repeat(70 * 1024) }), { status: 201 });
      const fetchMock = mockFetch(big);
      restore = fetchMock.restore;
      const el = await mount({ endpoint, retries: '0' }, lang);
      const events = recordEvents(el);
      await toFormInAnyLanguage(el);
      await fillForm(el);
      await send(el);
      await vi.waitFor(() => expect(events.at(-1)?.detail).toEqual({ reason: 'server' }));
      restore();
      const endless = () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"id":')) }), { status: 201 });
      const stalled = mockFetch(endless);
      restore = stalled.restore;
      el.timeout = 300;
      submitButton(el).click();
      await vi.waitFor(() => expect(events.at(-1)?.detail).toEqual({ reason: 'timeout' }), { timeout: 5000 });
    });

    it('shows one button in mail-only mode', async () => {
      const el = await mount({ 'contact-email': 'info@example.org' }, lang);
      await toFormInAnyLanguage(el);
      await fillForm(el);
      await send(el);
      await vi.waitFor(() => expect(deepActive()?.id).toBe('mailto-link'));
      const same = [...shadow(el).querySelectorAll('button, a')].filter((n) => n.textContent?.trim() === t.mail);
      expect(same).toHaveLength(1);
      expect(mailBody(el)).toContain(t.outcome);
      await expectNoAxeViolations();
    });
  });

  describe(`draft privacy (${lang})`, () => {
    it('removes the contact details from storage after the mail hand-off, keeping the answers', async () => {
      const el = await mount({ 'contact-email': 'info@example.org' }, lang);
      await toFormInAnyLanguage(el);
      await fillForm(el);
      const key = 'npo-gemeentecheck:draft:mailto:info@example.org';
      expect(sessionStorage.getItem(key)).toContain('Anna de Vries');
      await send(el);
      await vi.waitFor(() => expect(deepActive()?.id).toBe('mailto-link'));
      // The mail program is not opened in the test; the widget's own click handler still runs.
      const stop = (e: Event) => e.preventDefault();
      document.addEventListener('click', stop);
      q(el, '#mailto-link').click();
      document.removeEventListener('click', stop);
      const draft = JSON.parse(sessionStorage.getItem(key) ?? 'null');
      expect(draft.form).toMatchObject({ name: '', role: '', email: '', phone: '', question: '' });
      expect(draft.answers).toMatchObject({ capacity: 'yes', coronaImpact: 'above-average' });
      expect(sessionStorage.getItem(key)).not.toContain('anna@example.org');
    });

    it('drops a draft older than 30 minutes instead of restoring it', async () => {
      const el = await mount({ endpoint }, lang);
      await toFormInAnyLanguage(el);
      set(el, '#f-name', 'Anna de Vries');
      const draft = stored();
      expect(Date.now() - draft.savedAt).toBeLessThan(60_000);
      sessionStorage.setItem(draftKey, JSON.stringify({ ...draft, savedAt: Date.now() - 31 * 60_000 }));
      const again = await mount({ endpoint }, lang);
      expect(q(again, '#municipality-input')).not.toBeNull();
      expect(shadow(again).querySelector('#f-name')).toBeNull();
      expect(sessionStorage.getItem(draftKey)).toBeNull();
    });

    it('clears everything on success and on "start again"', async () => {
      const fetchMock = mockFetch(ok());
      restore = fetchMock.restore;
      const el = await mount({ endpoint }, lang);
      await toFormInAnyLanguage(el);
      await fillForm(el);
      expect(stored()).not.toBeNull();
      await send(el);
      await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe(t.done));
      expect(sessionStorage.getItem(draftKey)).toBeNull();
      // Said once: by the heading, which takes focus, not also by the status region.
      await vi.waitFor(() => expect(deepActive()?.textContent).toBe(t.done));
      expect(shadow(el).querySelector('[role="status"]')?.textContent).not.toContain(t.done);
      q<HTMLButtonElement>(el, '.actions button').click();
      await vi.waitFor(() => expect(shadow(el).querySelector('#municipality-input')).not.toBeNull());
      expect(q<HTMLInputElement>(el, '#municipality-input').value).toBe('');
      expect(sessionStorage.getItem(draftKey)).toBeNull();
    });
  });
}
