import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  endpoint,
  byId,
  deepActive,
  expectNoAxeViolations,
  fillForm,
  json,
  mockFetch,
  mount,
  press,
  q,
  screenshot,
  send,
  set,
  shadow,
  submitButton,
  tabTo,
  toFormInAnyLanguage,
} from './support.js';

let restore = () => {};
afterEach(() => {
  restore();
  sessionStorage.clear();
});

const texts = {
  nl: { notFound: 'Deze gemeente is niet gevonden', summary: 'Controleer uw gegevens', dateError: 'Vul een bestaande datum in', found: /gevonden/ },
  en: { notFound: 'This municipality was not found', summary: 'Check your details', dateError: 'Enter a real date', found: /found/ },
};

const status = (el: HTMLElement) => el.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '';

for (const lang of ['nl', 'en'] as const) {
  const t = texts[lang];

  describe(`keyboard and screen reader fixes (${lang})`, () => {
    it('keeps the active suggestion in sight while arrowing through a long list', async () => {
      const el = await mount({}, lang);
      await tabTo(byId('municipality-input'));
      await press('berg');
      await vi.waitFor(() => expect(shadow(el).querySelectorAll('[role="option"]').length).toBeGreaterThan(6));
      const listbox = q(el, '[role="listbox"]');
      expect(listbox.scrollHeight).toBeGreaterThan(listbox.clientHeight);
      const count = shadow(el).querySelectorAll('[role="option"]').length;
      for (let i = 0; i < count; i++) {
        await press('{ArrowDown}');
        await el.updateComplete;
        const id = q(el, '#municipality-input').getAttribute('aria-activedescendant');
        const option = q(el, `#${id}`).getBoundingClientRect();
        const box = listbox.getBoundingClientRect();
        expect(option.top, `option ${i}`).toBeGreaterThanOrEqual(box.top - 1);
        expect(option.bottom, `option ${i}`).toBeLessThanOrEqual(box.bottom + 1);
      }
    });

    it('announces the results once typing pauses, not on every keystroke', async () => {
      const el = await mount({}, lang);
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(status(el)));
      observer.observe(q(el, '[role="status"]'), { childList: true, characterData: true, subtree: true });
      await tabTo(byId('municipality-input'));
      await press('Amst');
      await vi.waitFor(() => expect(status(el)).toMatch(t.found));
      observer.disconnect();
      expect(said.filter((text) => t.found.test(text))).toHaveLength(1);
    });

    it('announces the step-1 error through the live region and keeps focus in the field', async () => {
      const el = await mount({}, lang);
      await tabTo(byId('municipality-input'));
      await press('Atlantis{Enter}');
      await vi.waitFor(() => expect(status(el)).toContain(t.notFound));
      expect(q(el, '#municipality-error').textContent).toContain(t.notFound);
      expect(q(el, '[role="status"]').getAttribute('aria-live')).toBe('polite');
      expect(deepActive()).toBe(q(el, '#municipality-input'));
      await expectNoAxeViolations();
    });

    it('asks the start date as day, month and year, with a named error summary and red fields', async () => {
      const fetchMock = mockFetch(json(201, { id: 'r', reference: 'NPO-1', status: 'submitted' }));
      restore = fetchMock.restore;
      const el = await mount({ endpoint }, lang);
      await toFormInAnyLanguage(el);
      expect(shadow(el).querySelector('input[type="date"]')).toBeNull();
      for (const part of ['day', 'month', 'year']) expect(q(el, `#f-preferredStart-${part}`).getAttribute('inputmode')).toBe('numeric');
      expect(q(el, '#f-preferredStart-hint').textContent).not.toContain('2025');
      await fillForm(el);
      set(el, '#f-preferredStart-day', '31');
      set(el, '#f-preferredStart-month', '2');
      set(el, '#f-preferredStart-year', '2030');
      set(el, '#f-email', 'not an address');
      submitButton(el).click();
      await vi.waitFor(() => expect(deepActive()?.classList.contains('error-summary')).toBe(true));
      const summary = q(el, '.error-summary');
      // A region named by its heading.
      expect(summary.tagName).toBe('SECTION');
      expect(q(el, `#${summary.getAttribute('aria-labelledby')}`).textContent).toBe(t.summary);
      expect(q(el, '#f-preferredStart-error').textContent).toContain(t.dateError);
      const day = q(el, '#f-preferredStart-day');
      expect(day.getAttribute('aria-invalid')).toBe('true');
      expect(q(el, '#f-preferredStart').getAttribute('aria-describedby')).toContain('f-preferredStart-error');
      // Invalid text fields are red, not grey.
      const red = getComputedStyle(q(el, '.error-text')).color;
      expect(getComputedStyle(q(el, '#f-email')).borderTopColor).toBe(getComputedStyle(q(el, '.error-summary')).borderTopColor);
      expect(getComputedStyle(q(el, '#f-email')).borderTopColor).toBe(red);
      await expectNoAxeViolations();
      if (lang === 'nl') await screenshot(el, '5c-form-date-error');
      const link = [...summary.querySelectorAll('a')].find((a) => a.getAttribute('href') === '#f-preferredStart-day');
      link?.click();
      expect(deepActive()).toBe(day);
      set(el, '#f-preferredStart-day', '28');
      set(el, '#f-email', 'anna@example.org');
      await send(el);
      await vi.waitFor(() => expect(fetchMock.calls).toHaveLength(1));
      expect(fetchMock.calls[0]?.body['preferredStart']).toBe('2030-02-28');
    });
  });
}

describe('Dutch CBS titles in the English interface', () => {
  it('marks them as Dutch (lang nl) on the figures and in the explanations', async () => {
    const el = await mount({ municipality: 'GM0981' }, 'en');
    set(el, '#municipality-input', 'Vaals');
    await el.updateComplete;
    q(el, '#municipality-option-0').click();
    q<HTMLButtonElement>(el, '.actions button.primary').click();
    await vi.waitFor(() => expect(shadow(el).querySelector('dl.figures')).not.toBeNull());
    const marked = [...shadow(el).querySelectorAll('dl.figures [lang="nl"]')].map((n) => n.textContent);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.join(' ')).toMatch(/Bevolking|Kerncijfers|bevolking/);
    expect(q(el, '.container').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations();
  });
});
