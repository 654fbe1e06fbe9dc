/**
 * Where each style value comes from. The styles read only private `--_npo-*` properties; each is
 * set on the host from a chain: the widget's own `--npo-*` property first, then NL Design System
 * candidate tokens (`--nl-*`), then Utrecht component tokens (`--utrecht-*`) where no candidate
 * exists, then the widget's default. The host sets only the private names, so a theme on any
 * ancestor (a class on `body`, a wrapper) reaches the widget. This list also generates the table
 * in docs/theming.md and the custom properties in custom-elements.json.
 */
export interface ThemeValue {
  /** Private property the styles read: `--_npo-<key>`. */
  key: string;
  /** The widget's public property, first in the chain. */
  property: `--npo-${string}`;
  /** NL Design System tokens tried next, in order. */
  tokens: readonly string[];
  /** The widget's default (may name another private property). */
  value: string;
  /** What it styles. */
  use: string;
}

/** The widget's public properties, each with what it sets (docs and custom-elements.json). */
export const themeProperties: ReadonlyArray<{ property: `--npo-${string}`; use: string }> = [
  { property: '--npo-color-primary', use: 'Buttons, links and accents' },
  { property: '--npo-color-primary-hover', use: 'Hover colour of buttons and links' },
  { property: '--npo-color-primary-text', use: 'Text on primary buttons' },
  { property: '--npo-color-text', use: 'Body text and headings' },
  { property: '--npo-color-muted', use: 'Hints and sources' },
  { property: '--npo-color-background', use: 'Background of the widget and inputs' },
  { property: '--npo-color-surface', use: 'Background of panels' },
  { property: '--npo-color-border', use: 'Borders of the widget and inputs' },
  { property: '--npo-color-error', use: 'Errors, invalid fields and the not-eligible outcome' },
  { property: '--npo-color-success', use: 'The eligible outcome' },
  { property: '--npo-color-warning', use: 'The contact outcome' },
  { property: '--npo-color-focus', use: 'Focus outline' },
  { property: '--npo-color-focus-inverse', use: 'Ring around the focus outline' },
  { property: '--npo-color-option-active', use: 'Background of the active option' },
  { property: '--npo-font-family', use: 'Font; inherits the page font by default' },
  { property: '--npo-font-size', use: 'Base font size' },
  { property: '--npo-line-height', use: 'Line height' },
  { property: '--npo-heading-font-weight', use: 'Weight of the step headings' },
  { property: '--npo-label-font-weight', use: 'Weight of labels and legends' },
  { property: '--npo-radius', use: 'Corner radius' },
  { property: '--npo-space', use: 'Base spacing' },
  { property: '--npo-max-width', use: 'Maximum width of the widget' },
  { property: '--npo-border-width', use: 'Width of the outer border' },
  { property: '--npo-input-border-width', use: 'Width of the borders of inputs' },
  { property: '--npo-focus-width', use: 'Width of the focus outline' },
];

export const themeValues: readonly ThemeValue[] = [
  { key: 'color-primary', property: '--npo-color-primary', tokens: ['--nl-button-primary-background-color', '--utrecht-button-primary-action-background-color'], value: '#01689b', use: 'primary button, accents' },
  { key: 'color-primary-hover', property: '--npo-color-primary-hover', tokens: ['--nl-button-primary-hover-background-color', '--utrecht-button-primary-action-hover-background-color'], value: '#154273', use: 'primary button on hover' },
  { key: 'color-primary-text', property: '--npo-color-primary-text', tokens: ['--nl-button-primary-color', '--utrecht-button-primary-action-color'], value: '#ffffff', use: 'text on the primary button' },
  { key: 'link-color', property: '--npo-color-primary', tokens: ['--nl-link-color', '--utrecht-link-color'], value: '#01689b', use: 'links, secondary buttons' },
  { key: 'link-hover-color', property: '--npo-color-primary-hover', tokens: ['--nl-link-hover-color', '--utrecht-link-hover-color'], value: '#154273', use: 'links on hover' },
  { key: 'color-text', property: '--npo-color-text', tokens: ['--nl-paragraph-color', '--utrecht-document-color'], value: '#1a1a1a', use: 'text' },
  { key: 'heading-color', property: '--npo-color-text', tokens: ['--nl-heading-level-2-color', '--utrecht-heading-2-color'], value: 'var(--_npo-color-text)', use: 'step headings' },
  { key: 'label-color', property: '--npo-color-text', tokens: ['--utrecht-form-label-color'], value: 'var(--_npo-color-text)', use: 'labels and legends' },
  { key: 'color-muted', property: '--npo-color-muted', tokens: ['--utrecht-form-field-description-color'], value: '#4f4f4f', use: 'hints, sources' },
  { key: 'color-background', property: '--npo-color-background', tokens: ['--utrecht-document-background-color'], value: '#ffffff', use: 'widget background' },
  { key: 'input-background', property: '--npo-color-background', tokens: ['--utrecht-textbox-background-color'], value: 'var(--_npo-color-background)', use: 'inputs' },
  { key: 'color-surface', property: '--npo-color-surface', tokens: [], value: '#f3f3f3', use: 'panels, outcome' },
  { key: 'color-border', property: '--npo-color-border', tokens: ['--utrecht-textbox-border-color'], value: '#696969', use: 'inputs, list, outer border' },
  { key: 'color-error', property: '--npo-color-error', tokens: ['--utrecht-form-field-invalid-border-inline-start-color', '--utrecht-textbox-invalid-border-color'], value: '#c4271b', use: 'invalid fields, error summary' },
  { key: 'error-text-color', property: '--npo-color-error', tokens: ['--utrecht-form-field-error-message-color'], value: 'var(--_npo-color-error)', use: 'error messages' },
  { key: 'color-success', property: '--npo-color-success', tokens: ['--utrecht-alert-icon-ok-color'], value: '#2f7a0a', use: 'eligible outcome' },
  { key: 'color-warning', property: '--npo-color-warning', tokens: ['--utrecht-alert-icon-warning-color'], value: '#8a5300', use: 'contact outcome' },
  { key: 'color-focus', property: '--npo-color-focus', tokens: ['--utrecht-focus-outline-color'], value: '#000000', use: 'focus outline' },
  { key: 'color-focus-inverse', property: '--npo-color-focus-inverse', tokens: ['--utrecht-focus-inverse-outline-color'], value: '#ffffff', use: 'ring around the focus outline' },
  { key: 'color-option-active', property: '--npo-color-option-active', tokens: [], value: '#e5f0f9', use: 'active suggestion' },
  { key: 'choice-color', property: '--npo-color-primary', tokens: ['--utrecht-checkbox-checked-background-color', '--utrecht-radio-button-checked-color'], value: 'var(--_npo-color-primary)', use: 'checked checkboxes and radio buttons' },
  { key: 'font-family', property: '--npo-font-family', tokens: ['--nl-paragraph-font-family', '--utrecht-document-font-family'], value: 'inherit', use: 'text' },
  { key: 'heading-font-family', property: '--npo-font-family', tokens: ['--nl-heading-level-2-font-family', '--utrecht-heading-2-font-family'], value: 'var(--_npo-font-family)', use: 'step headings' },
  { key: 'font-size', property: '--npo-font-size', tokens: ['--nl-paragraph-font-size', '--utrecht-document-font-size'], value: '1rem', use: 'text' },
  { key: 'line-height', property: '--npo-line-height', tokens: ['--nl-paragraph-line-height', '--utrecht-document-line-height'], value: '1.5', use: 'text' },
  { key: 'heading-font-weight', property: '--npo-heading-font-weight', tokens: ['--nl-heading-level-2-font-weight', '--utrecht-heading-2-font-weight', '--utrecht-heading-font-weight'], value: '700', use: 'step headings' },
  { key: 'label-font-weight', property: '--npo-label-font-weight', tokens: ['--utrecht-form-label-font-weight'], value: '700', use: 'labels and legends' },
  { key: 'button-font-weight', property: '--npo-label-font-weight', tokens: ['--nl-button-primary-font-weight', '--utrecht-button-primary-action-font-weight'], value: '700', use: 'buttons' },
  { key: 'radius', property: '--npo-radius', tokens: ['--nl-button-border-radius', '--utrecht-button-border-radius'], value: '0.25rem', use: 'buttons, widget' },
  { key: 'input-radius', property: '--npo-radius', tokens: ['--utrecht-textbox-border-radius'], value: 'var(--_npo-radius)', use: 'inputs' },
  { key: 'space', property: '--npo-space', tokens: [], value: '1rem', use: 'spacing' },
  { key: 'max-width', property: '--npo-max-width', tokens: [], value: '42rem', use: 'widget width' },
  { key: 'border-width', property: '--npo-border-width', tokens: [], value: '1px', use: 'outer border' },
  { key: 'input-border-width', property: '--npo-input-border-width', tokens: ['--utrecht-textbox-border-width'], value: '2px', use: 'inputs, list' },
  { key: 'focus-width', property: '--npo-focus-width', tokens: ['--utrecht-focus-outline-width'], value: '3px', use: 'focus outline' },
];

/** `var(--npo-x, var(--nl-y, var(--utrecht-z, default)))` for one value. */
export function chain(value: ThemeValue): string {
  return [value.property, ...value.tokens].reduceRight((fallback, name) => `var(${name}, ${fallback})`, value.value);
}

/** The declarations that set every private property on the host. */
export const themeDeclarations = themeValues.map((v) => `--_npo-${v.key}: ${chain(v)};`).join('\n');
