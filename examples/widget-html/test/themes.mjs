// The example house styles and a small reader for their CSS, shared by the theme tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const exampleDir = fileURLToPath(new URL('../', import.meta.url));
export const docsDir = fileURLToPath(new URL('../../../docs/', import.meta.url));

/** The widget's manifest: its custom properties (with defaults) and parts. */
export function widgetManifest() {
  const manifest = JSON.parse(readFileSync(new URL(import.meta.resolve('@npo-gemeenten/widget/custom-elements.json')), 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'npo-gemeentecheck');
  if (!element) throw new Error('custom-elements.json has no npo-gemeentecheck');
  return {
    properties: new Map(element.cssProperties.map((p) => [p.name, p.default])),
    parts: new Set(element.cssParts.map((p) => p.name)),
  };
}

/** Each house style: `themes/<name>.css` (the style) and `themes/<name>.html` (a page that uses it). */
export const themes = [
  { name: 'donkerblauw-strak', label: 'Donkerblauw, strak' },
  { name: 'gemeente-groen', label: 'Gemeente groen' },
];

/** The steps each house style is photographed at: `docs/images/theme-<name>-<step>.png`. */
export const screenshotSteps = ['1-municipality', '4-outcome'];
export const screenshotName = (name, step) => `theme-${name}-${step}.png`;

export const themeCss = (name) => readFileSync(new URL(`../themes/${name}.css`, import.meta.url), 'utf8');

/** The rules of a style sheet without comments: `{ selector, declarations: [[property, value]] }`. */
export function rulesOf(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector.trim().replace(/\s+/g, ' '),
    declarations: body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const colon = d.indexOf(':');
        return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
      }),
  }));
}

/** The custom properties a style sheet sets on the element itself. */
export function customPropertiesOf(css) {
  const values = new Map();
  for (const rule of rulesOf(css).filter((r) => r.selector === 'npo-gemeentecheck')) {
    for (const [property, value] of rule.declarations) values.set(property, value);
  }
  return values;
}

/** `#154273` -> `rgb(21, 66, 115)`, the form getComputedStyle reports. */
export function hexToRgb(hex) {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return `rgb(${match.slice(1).map((h) => parseInt(h, 16)).join(', ')})`;
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
export function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
