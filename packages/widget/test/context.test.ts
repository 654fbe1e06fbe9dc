import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../src/messages/en.js';
import { nl } from '../src/messages/nl.js';
import { byId, expectNoAxeViolations, mount, press, q, shadow, tabTo } from './support.js';

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
