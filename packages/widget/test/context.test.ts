import { getChildIndicators } from '@npo-gemeenten/data/indicators';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../src/messages/en.js';
import { nl } from '../src/messages/nl.js';
import { byId, chooseByKeyboard, expectHeadingFocused, expectNoAxeViolations, mount, press, q, shadow, tabTo } from './support.js';

afterEach(() => sessionStorage.clear());

describe('a postcode in the municipality field', () => {
  it('advises searching by name, on screen and in the live region, by keyboard only', async () => {
    const el = await mount();
    await tabTo(byId('municipality-input'));
    await press('1234 AB');
    await vi.waitFor(() => expect(q(el, '.no-results').textContent?.trim()).toBe(nl.postcodeAdvice));
    await vi.waitFor(() => expect(q(el, '[role="status"]').textContent).toContain('Zoeken op postcode kan niet'));
    expect(q(el, '#municipality-input').getAttribute('aria-expanded')).toBe('false');
    await expectNoAxeViolations();
    // Typing a name instead finds the municipality again.
    await press('{Control>}a{/Control}Vaals');
    await vi.waitFor(() => expect(q(el, '#municipality-option-0').textContent).toContain('Vaals'));
    expect(shadow(el).querySelector('.no-results')).toBeNull();
  });

  it('gives no advice for a name that finds nothing', async () => {
    const el = await mount({}, 'en');
    await tabTo(byId('municipality-input'));
    await press('Qqqxyz');
    await vi.waitFor(() => expect(q(el, '.no-results').textContent?.trim()).toBe(en.noResults));
  });
});

describe('the children in the figures step', () => {
  it('shows children by age and households with children as context, with the CBS source', async () => {
    const el = await mount();
    await chooseByKeyboard(el, 'Vaals');
    await press('{Enter}');
    await expectHeadingFocused(el, 'Cijfers van Vaals');
    await vi.waitFor(() => expect(shadow(el).querySelector('[part="children"]')).not.toBeNull());
    const expected = getChildIndicators('GM0981');
    expect(expected?.children0to4.value).toBe(274);
    const children = q(el, '[part="children"]');
    expect(children.previousElementSibling?.textContent).toBe('Kinderen op 1 januari 2025');
    expect([...children.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Kinderen van 0 tot en met 4 jaar: 274',
      'Kinderen van 5 tot en met 9 jaar: 379',
      'Kinderen van 10 tot en met 14 jaar: 391',
      'Huishoudens met kinderen: 1.110',
    ]);
    expect(children.textContent).toContain('Ter informatie, geen voorwaarde.');
    expect(q(el, 'dl.figures').textContent).toContain('CBS, Regionale kerncijfers Nederland (70072ned)');
    await expectNoAxeViolations();
  });
});
