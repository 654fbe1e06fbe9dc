// The house styles in themes/ use only the widget's public styling API (its documented custom
// properties and parts) and keep the WCAG 2.1 AA contrast ratios that axe cannot see: hover
// colours, borders and the focus outline.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contrast, customPropertiesOf, rulesOf, themeCss, themes, widgetManifest } from './themes.mjs';

const manifest = widgetManifest();
const states = new Set(['', ':hover', ':focus', ':focus-visible', ':active']);

/** What in a style sheet goes beyond the documented API; empty when nothing does. */
function undocumentedUse(css) {
  const problems = [];
  for (const { selector, declarations } of rulesOf(css)) {
    for (const single of selector.split(',').map((s) => s.trim())) {
      if (single === 'npo-gemeentecheck') {
        for (const [property] of declarations) {
          if (!manifest.properties.has(property)) problems.push(`${single} { ${property} }`);
        }
        continue;
      }
      const part = /^npo-gemeentecheck::part\(([a-z-]+(?: [a-z-]+)*)\)(:[a-z-]+)?$/.exec(single);
      if (!part || !states.has(part[2] ?? '')) problems.push(single);
      else for (const name of part[1].split(' ')) if (!manifest.parts.has(name)) problems.push(single);
    }
  }
  return problems;
}

describe('the checker itself', () => {
  it('reports internal selectors, unknown parts and unknown or non-custom properties', () => {
    const css = `
      npo-gemeentecheck { --npo-color-primary: #000000; --npo-colour-primary: #000000; margin: 0; }
      npo-gemeentecheck .container { border: 0; }
      npo-gemeentecheck::part(buttons) { border: 0; }
      npo-gemeentecheck::part(button) span { border: 0; }
      npo-gemeentecheck::part(button):hover { border: 0; }`;
    assert.deepEqual(undocumentedUse(css), [
      'npo-gemeentecheck { --npo-colour-primary }',
      'npo-gemeentecheck { margin }',
      'npo-gemeentecheck .container',
      'npo-gemeentecheck::part(buttons)',
      'npo-gemeentecheck::part(button) span',
    ]);
  });

  it('computes WCAG contrast ratios', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(2), '21.00');
    assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
  });
});

for (const theme of themes) {
  describe(`${theme.label} (themes/${theme.name}.css)`, () => {
    const css = themeCss(theme.name);
    const own = customPropertiesOf(css);
    // A property the style leaves out keeps the widget's default.
    const color = (property) => own.get(property) ?? manifest.properties.get(property);

    it('uses only documented custom properties and parts', () => {
      assert.ok(own.has('--npo-color-primary'), 'sets the primary colour');
      assert.notEqual(own.get('--npo-color-primary'), manifest.properties.get('--npo-color-primary'), 'differs from the default');
      assert.deepEqual(undocumentedUse(css), []);
    });

    it('keeps WCAG 2.1 AA contrast, including hover, borders and focus', () => {
      const pairs = [
        // [foreground, background, minimum]
        ['--npo-color-primary', '--npo-color-background', 4.5],
        ['--npo-color-primary-hover', '--npo-color-background', 4.5],
        ['--npo-color-primary-text', '--npo-color-primary', 4.5],
        ['--npo-color-primary-text', '--npo-color-primary-hover', 4.5],
        ['--npo-color-text', '--npo-color-background', 4.5],
        ['--npo-color-text', '--npo-color-surface', 4.5],
        ['--npo-color-text', '--npo-color-option-active', 4.5],
        ['--npo-color-muted', '--npo-color-background', 4.5],
        ['--npo-color-muted', '--npo-color-surface', 4.5],
        ['--npo-color-muted', '--npo-color-option-active', 4.5],
        ['--npo-color-error', '--npo-color-background', 4.5],
        ['--npo-color-border', '--npo-color-background', 3],
        ['--npo-color-focus', '--npo-color-background', 3],
        ['--npo-color-focus', '--npo-color-focus-inverse', 3],
      ];
      const low = pairs
        .map(([fg, bg, minimum]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(color(fg), color(bg)), minimum }))
        .filter(({ ratio, minimum }) => ratio < minimum)
        .map(({ pair, ratio, minimum }) => `${pair}: ${ratio.toFixed(2)} < ${minimum}`);
      assert.deepEqual(low, []);
    });
  });
}
