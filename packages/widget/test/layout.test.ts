import { commands, page } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, expectNoAxeViolations, mount, q, screenshot, set, shadow, type Widget } from './support.js';

afterEach(async () => {
  sessionStorage.clear();
  await commands.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  await page.viewport(900, 1000);
});

/** Nothing in the widget may stick out of a 320 CSS px wide viewport (WCAG 1.4.10 reflow). */
function expectNoHorizontalScroll(el: Widget): void {
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  for (const node of shadow(el).querySelectorAll('*')) {
    const box = node.getBoundingClientRect();
    if (box.width > 0 && !node.closest('.trap, .visually-hidden')) expect(box.right, node.outerHTML.slice(0, 80)).toBeLessThanOrEqual(321);
  }
}

describe('layout and preferences', () => {
  it('reflows at 320 CSS px at every step', async () => {
    await page.viewport(320, 800);
    const el = await mount({ endpoint: 'https://intake.example.org/api', 'contact-email': 'info@example.org' });
    expectNoHorizontalScroll(el);
    set(el, '#municipality-input', 'Súdwest-Fryslân');
    await el.updateComplete;
    q(el, '#municipality-option-0').click();
    await click(el, 'Volgende', 'Cijfers van Súdwest-Fryslân');
    expectNoHorizontalScroll(el);
    await click(el, 'Volgende', 'Nog een paar vragen');
    expectNoHorizontalScroll(el);
    await click(el, 'Volgende', 'Uitkomst');
    expectNoHorizontalScroll(el);
    await screenshot(el, '320-result', 320);
    await page.viewport(320, 800);
    const request = [...shadow(el).querySelectorAll('button')].find((b) => /aanvraag|vraag/i.test(b.textContent ?? '') && b.textContent?.trim() !== 'Vorige');
    request?.click();
    await vi.waitFor(() => expect(q(el, 'h2').textContent).toBe('Uw aanvraag'));
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Volgende')?.click();
    await vi.waitFor(() => expect(shadow(el).querySelector('.error-summary')).not.toBeNull());
    expectNoHorizontalScroll(el);
  });

  it('drops transitions for prefers-reduced-motion', async () => {
    await commands.emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount();
    const button = q(el, 'button');
    expect(getComputedStyle(button).transitionDuration).not.toBe('0s');
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(button).transitionDuration).toBe('0s');
  });

  it('uses system colours in forced-colors mode and stays free of axe violations', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const el = await mount();
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    set(el, '#municipality-input', 'Vaals');
    await el.updateComplete;
    await expectNoAxeViolations();
    await screenshot(el, 'forced-colors');
  });
});
