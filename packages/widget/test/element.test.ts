import { afterEach, describe, expect, it, vi } from 'vitest';
import { byId, deepActive, expectNoAxeViolations, mount, press, q, shadow, tabTo, toForm } from './support.js';

afterEach(() => sessionStorage.clear());

describe('combobox', () => {
  it('finds a municipality by its former name and says so', async () => {
    const el = await mount();
    await tabTo(byId('municipality-input'));
    await press('Boxmeer');
    await vi.waitFor(() => expect(shadow(el).querySelectorAll('[role="option"]').length).toBeGreaterThan(0));
    expect(q(el, '#municipality-option-0').textContent).toContain('Land van Cuijk');
    expect(q(el, '#municipality-option-0').textContent).toContain('voorheen Boxmeer');
    // Announced once typing pauses.
    await vi.waitFor(() => expect(shadow(el).querySelector('[role="status"]')?.textContent).toMatch(/gevonden/));
    await press('{ArrowDown}{Enter}{Enter}');
    await vi.waitFor(() => expect(deepActive()?.textContent).toBe('Cijfers van Land van Cuijk'));
    expect(q(el, '.panel').textContent).toContain('Boxmeer is opgegaan in Land van Cuijk');
  });

  it('shows the common name that matched, e.g. Den Bosch', async () => {
    const el = await mount();
    await tabTo(byId('municipality-input'));
    await press('Den Bosch');
    await vi.waitFor(() => expect(shadow(el).querySelector('#municipality-option-0')?.textContent).toContain("'s-Hertogenbosch"));
    expect(q(el, '#municipality-option-0').textContent).toContain('(Den Bosch)');
  });

  it('follows the APG keys: arrows wrap, Escape closes then clears', async () => {
    const el = await mount();
    await tabTo(byId('municipality-input'));
    await press('berg');
    const input = q<HTMLInputElement>(el, '#municipality-input');
    await vi.waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    const count = shadow(el).querySelectorAll('[role="option"]').length;
    expect(count).toBeGreaterThan(1);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-controls')).toBe('municipality-listbox');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    await press('{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toBe(`municipality-option-${count - 1}`);
    await press('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe('municipality-option-0');
    await press('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(input.value).toBe('berg');
    await press('{Escape}');
    expect(input.value).toBe('');
  });

  it('says what is wrong when no municipality is chosen', async () => {
    const el = await mount();
    await tabTo(byId('municipality-input'));
    await press('Atlantis{Enter}');
    await vi.waitFor(() => expect(shadow(el).querySelector('#municipality-error')).not.toBeNull());
    const input = q(el, '#municipality-input');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('municipality-error');
    expect(deepActive()).toBe(input);
    await expectNoAxeViolations();
  });
});

describe('questions', () => {
  it('rejects a percentage that is not one, with a focused summary that links to the field', async () => {
    const el = await mount({ municipality: 'GM0981' });
    await tabTo(byId('municipality-input'));
    await press('{Enter}');
    await vi.waitFor(() => expect(deepActive()?.textContent).toBe('Cijfers van Vaals'));
    await tabTo((e) => e.textContent?.trim() === 'Volgende');
    await press('{Enter}');
    await vi.waitFor(() => expect(deepActive()?.textContent).toBe('Nog een paar vragen'));
    await tabTo(byId('share-input'));
    await press('veel{Enter}');
    await vi.waitFor(() => expect(deepActive()?.classList.contains('error-summary')).toBe(true));
    const input = q(el, '#share-input');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('share-error');
    expect(input.getAttribute('aria-describedby')).toContain('share-school-hint');
    await expectNoAxeViolations();
    await press('{Tab}{Enter}');
    expect(deepActive()).toBe(input);
  });
});

describe('attributes and properties', () => {
  it('preselects the municipality attribute by code or name', async () => {
    const byCode = await mount({ municipality: 'GM0981' });
    expect(q<HTMLInputElement>(byCode, '#municipality-input').value).toBe('Vaals');
    const byName = await mount({ municipality: 'Weesp' });
    expect(q<HTMLInputElement>(byName, '#municipality-input').value).toBe('Amsterdam');
  });

  it('takes the language from the nearest ancestor and switches with lang', async () => {
    const el = await mount({}, 'en');
    expect(q(el, 'h2').textContent).toBe('Choose your municipality');
    el.setAttribute('lang', 'nl');
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Kies uw gemeente'));
  });

  it('lets the host override any text', async () => {
    const el = await mount();
    el.messages = { municipalityHeading: 'Welke gemeente?', stepOf: (a, b) => `${a}/${b}` };
    await el.updateComplete;
    expect(q(el, 'h2').textContent).toBe('Welke gemeente?');
    expect(q(el, '.progress').textContent).toBe('1/7');
  });

  it('keeps the honeypot out of reach of people and assistive technology', async () => {
    const el = await mount({ 'contact-email': 'info@example.org' });
    await toForm(el);
    const trap = q<HTMLInputElement>(el, '#f-website');
    expect(trap.tabIndex).toBe(-1);
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    const box = trap.getBoundingClientRect();
    expect(box.right).toBeLessThanOrEqual(0);
  });

  it('renders visitor text as text, never as markup', async () => {
    const el = await mount();
    await tabTo(byId('municipality-input'));
    await press('<img src=x onerror=alert(1)>{Enter}');
    await el.updateComplete;
    expect(shadow(el).querySelector('img')).toBeNull();
  });
});
