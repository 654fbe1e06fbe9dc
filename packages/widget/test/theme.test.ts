import rotterdamTokens from '@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css?inline';
import voorbeeldTokens from '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?inline';
import theming from '../../../docs/theming.md?raw';
import { commands } from 'vitest/browser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { themeTable } from '../src/components/gemeentecheck/theme-table.js';
import { endpoint, expectNoAxeViolations, mount, q, screenshot, shadow, toResult, type Widget } from './support.js';

// Colours are read at once, not after the buttons' colour transition.
beforeAll(() => commands.emulateMedia({ reducedMotion: 'reduce' }));
afterAll(() => commands.emulateMedia({ reducedMotion: 'no-preference' }));

let added: Element[] = [];
afterEach(() => {
  for (const node of added) node.remove();
  added = [];
  document.body.className = '';
  document.body.removeAttribute('style');
  sessionStorage.clear();
});

/** Loads a theme's style sheet into the page, as a municipality's site does. */
function addStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  added.push(style);
}

/** What a light-DOM element on the page computes for a CSS value (resolving the theme's tokens). */
function pageValue(property: 'color' | 'background-color' | 'font-family' | 'border-top-color' | 'font-size' | 'min-height' | 'padding-left', value: string): string {
  const probe = document.createElement('div');
  probe.style.setProperty(property, value);
  document.body.append(probe);
  added.push(probe);
  return getComputedStyle(probe).getPropertyValue(property);
}

const primaryButton = (el: Widget) => q(el, 'button.primary');

describe('theming', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`applies --npo-* properties set on an ancestor, not only on the element (${lang})`, async () => {
      const el = await mount({}, lang);
      document.body.style.setProperty('--npo-color-primary', 'rgb(0, 107, 60)');
      document.body.style.setProperty('--npo-color-border', 'rgb(95, 122, 105)');
      document.body.style.setProperty('--npo-font-family', 'serif');
      await el.updateComplete;
      expect(getComputedStyle(primaryButton(el)).backgroundColor).toBe('rgb(0, 107, 60)');
      expect(getComputedStyle(q(el, '#municipality-input')).borderTopColor).toBe('rgb(95, 122, 105)');
      expect(getComputedStyle(q(el, 'h2')).fontFamily).toBe('serif');
      // The element itself declares none of the public properties, so nothing blocks the ancestor.
      expect(getComputedStyle(el).getPropertyValue('--npo-color-primary')).toBe('rgb(0, 107, 60)');
    });

    it(`takes the house style of the Voorbeeld NL Design System theme on body (${lang})`, async () => {
      addStyle(voorbeeldTokens);
      document.body.classList.add('voorbeeld-theme');
      const el = await mount({ endpoint }, lang);
      document.body.classList.add('voorbeeld-theme');
      const button = getComputedStyle(primaryButton(el));
      expect(button.backgroundColor).toBe(pageValue('background-color', 'var(--nl-button-primary-background-color)'));
      expect(button.color).toBe(pageValue('color', 'var(--nl-button-primary-color)'));
      expect(getComputedStyle(q(el, 'p:not(.progress)')).fontFamily).toBe(pageValue('font-family', 'var(--nl-paragraph-font-family)'));
      expect(getComputedStyle(q(el, 'h2')).color).toBe(pageValue('color', 'var(--nl-heading-level-2-color)'));
      expect(getComputedStyle(q(el, '#municipality-input')).borderTopColor).toBe(pageValue('border-top-color', 'var(--utrecht-textbox-border-color)'));
      // Sizes too: the heading, the buttons' target size and padding.
      expect(getComputedStyle(q(el, 'h2')).fontSize).toBe(pageValue('font-size', 'var(--nl-heading-level-2-font-size)'));
      expect(button.minHeight).toBe(pageValue('min-height', 'var(--nl-button-min-block-size)'));
      expect(button.paddingLeft).toBe(pageValue('padding-left', 'var(--nl-button-padding-inline-start)'));
      expect(getComputedStyle(q(el, 'h2')).fontSize).not.toBe('24px');
      // Not the widget's defaults: the theme really differs from them.
      expect(button.backgroundColor).not.toBe('rgb(1, 104, 155)');
      await expectNoAxeViolations();
      if (lang === 'nl') {
        await toResult(el);
        await screenshot(el, 'theme-voorbeeld');
      }
    });

    it(`takes the house style of the Rotterdam theme (Utrecht tokens only) on body (${lang})`, async () => {
      addStyle(rotterdamTokens);
      document.body.classList.add('rotterdam-theme');
      const el = await mount({ endpoint }, lang);
      document.body.classList.add('rotterdam-theme');
      const button = getComputedStyle(primaryButton(el));
      expect(button.backgroundColor).toBe(pageValue('background-color', 'var(--utrecht-button-primary-action-background-color)'));
      expect(getComputedStyle(q(el, 'p:not(.progress)')).fontFamily).toBe(pageValue('font-family', 'var(--utrecht-document-font-family)'));
      expect(button.backgroundColor).not.toBe('rgb(1, 104, 155)');
      await expectNoAxeViolations();
      if (lang === 'nl') {
        await toResult(el);
        await screenshot(el, 'theme-rotterdam');
      }
    });
  }

  it('a --npo-* property wins over the NL Design System token', async () => {
    addStyle(voorbeeldTokens);
    document.body.classList.add('voorbeeld-theme');
    const el = await mount();
    document.body.classList.add('voorbeeld-theme');
    document.body.style.setProperty('--npo-color-primary', 'rgb(0, 107, 60)');
    expect(getComputedStyle(primaryButton(el)).backgroundColor).toBe('rgb(0, 107, 60)');
    expect(shadow(el).adoptedStyleSheets.length + shadow(el).querySelectorAll('style').length).toBeGreaterThan(0);
  });

  it('docs/theming.md shows the current table of properties and tokens', () => {
    const start = theming.indexOf('-->', theming.indexOf('<!-- theme-table:start')) + 4;
    const end = theming.indexOf('<!-- theme-table:end -->');
    expect(theming.slice(start, end).trim(), 'run node packages/widget/scripts/theming-table.mjs').toBe(themeTable());
  });
});
