/**
 * Where each style value comes from. The styles read only private `--_npo-*` properties; each is
 * set on the host from a chain: the widget's own `--npo-*` property first, then NL Design System
 * candidate tokens (`--nl-*`), then Utrecht component tokens (`--utrecht-*`) where no candidate
 * exists, then the widget's default. The host sets only the private names, so a theme on any
 * ancestor (a class on `body`, a wrapper) reaches the widget. This list also generates the table
 * in docs/theming.md and the custom properties in custom-elements.json (with theme-table.ts).
 */
/**
 * One value: the private property the styles read (`--_npo-<key>`), the widget's public property
 * first in the chain, the NL Design System tokens tried next in order, and the widget's default
 * (which may name another private property). What each styles is in theme-table.ts (docs only, so
 * the descriptions add nothing to the widget's files).
 */
export type ThemeValue = readonly [key: string, property: `--npo-${string}`, tokens: readonly string[], value: string];

export const themeValues: readonly ThemeValue[] = [
  ['color-primary', '--npo-color-primary', ['--nl-button-primary-background-color', '--utrecht-button-primary-action-background-color'], '#01689b'],
  ['color-primary-hover', '--npo-color-primary-hover', ['--nl-button-primary-hover-background-color', '--utrecht-button-primary-action-hover-background-color'], '#154273'],
  ['color-primary-text', '--npo-color-primary-text', ['--nl-button-primary-color', '--utrecht-button-primary-action-color'], '#ffffff'],
  ['link-color', '--npo-color-primary', ['--nl-link-color', '--utrecht-link-color'], '#01689b'],
  ['link-hover-color', '--npo-color-primary-hover', ['--nl-link-hover-color', '--utrecht-link-hover-color'], '#154273'],
  ['color-text', '--npo-color-text', ['--nl-paragraph-color', '--utrecht-document-color'], '#1a1a1a'],
  ['heading-color', '--npo-color-text', ['--nl-heading-level-2-color', '--utrecht-heading-2-color'], 'var(--_npo-color-text)'],
  ['label-color', '--npo-color-text', ['--utrecht-form-label-color'], 'var(--_npo-color-text)'],
  ['color-muted', '--npo-color-muted', ['--utrecht-form-field-description-color'], '#4f4f4f'],
  ['color-background', '--npo-color-background', ['--utrecht-document-background-color'], '#ffffff'],
  ['input-background', '--npo-color-background', ['--utrecht-textbox-background-color'], 'var(--_npo-color-background)'],
  ['color-surface', '--npo-color-surface', [], '#f3f3f3'],
  ['color-border', '--npo-color-border', ['--utrecht-textbox-border-color'], '#696969'],
  ['color-error', '--npo-color-error', ['--utrecht-form-field-invalid-border-inline-start-color', '--utrecht-textbox-invalid-border-color'], '#c4271b'],
  ['error-text-color', '--npo-color-error', ['--utrecht-form-field-error-message-color'], 'var(--_npo-color-error)'],
  ['color-success', '--npo-color-success', ['--utrecht-alert-icon-ok-color'], '#2f7a0a'],
  ['color-warning', '--npo-color-warning', ['--utrecht-alert-icon-warning-color'], '#8a5300'],
  ['color-focus', '--npo-color-focus', ['--utrecht-focus-outline-color'], '#000000'],
  ['color-focus-inverse', '--npo-color-focus-inverse', ['--utrecht-focus-inverse-outline-color'], '#ffffff'],
  ['color-option-active', '--npo-color-option-active', [], '#e5f0f9'],
  ['choice-color', '--npo-color-primary', ['--utrecht-checkbox-checked-background-color', '--utrecht-radio-button-checked-color'], 'var(--_npo-color-primary)'],
  ['font-family', '--npo-font-family', ['--nl-paragraph-font-family', '--utrecht-document-font-family'], 'inherit'],
  ['heading-font-family', '--npo-font-family', ['--nl-heading-level-2-font-family', '--utrecht-heading-2-font-family'], 'var(--_npo-font-family)'],
  ['font-size', '--npo-font-size', ['--nl-paragraph-font-size', '--utrecht-document-font-size'], '1rem'],
  ['line-height', '--npo-line-height', ['--nl-paragraph-line-height', '--utrecht-document-line-height'], '1.5'],
  ['heading-font-weight', '--npo-heading-font-weight', ['--nl-heading-level-2-font-weight', '--utrecht-heading-2-font-weight', '--utrecht-heading-font-weight'], '700'],
  ['label-font-weight', '--npo-label-font-weight', ['--utrecht-form-label-font-weight'], '700'],
  ['button-font-weight', '--npo-label-font-weight', ['--nl-button-primary-font-weight', '--utrecht-button-primary-action-font-weight'], '700'],
  ['radius', '--npo-radius', ['--nl-button-border-radius', '--utrecht-button-border-radius'], '0.25rem'],
  ['input-radius', '--npo-radius', ['--utrecht-textbox-border-radius'], 'var(--_npo-radius)'],
  ['space', '--npo-space', [], '1rem'],
  ['max-width', '--npo-max-width', [], '42rem'],
  ['border-width', '--npo-border-width', [], '1px'],
  ['input-border-width', '--npo-input-border-width', ['--utrecht-textbox-border-width'], '2px'],
  ['focus-width', '--npo-focus-width', ['--utrecht-focus-outline-width'], '3px'],
  ['heading-font-size', '--npo-heading-font-size', ['--nl-heading-level-2-font-size', '--utrecht-heading-2-font-size'], '1.5em'],
  ['subheading-font-size', '--npo-subheading-font-size', ['--nl-heading-level-3-font-size', '--utrecht-heading-3-font-size'], '1.15em'],
  ['target-size', '--npo-target-size', ['--nl-button-min-block-size', '--utrecht-button-min-block-size'], '44px'],
  ['button-padding-block', '--npo-button-padding-block', ['--nl-button-padding-block-start', '--utrecht-button-padding-block-start'], '0.5em'],
  ['button-padding-inline', '--npo-button-padding-inline', ['--nl-button-padding-inline-start', '--utrecht-button-padding-inline-start'], '1.1em'],
  ['input-padding-block', '--npo-input-padding-block', ['--utrecht-textbox-padding-block-start'], '0.4em'],
  ['input-padding-inline', '--npo-input-padding-inline', ['--utrecht-textbox-padding-inline-start'], '0.6em'],
];

/** `var(--npo-x, var(--nl-y, var(--utrecht-z, default)))` for one value. */
export function chain([, property, tokens, value]: ThemeValue): string {
  return [property, ...tokens].reduceRight((fallback, name) => `var(${name}, ${fallback})`, value);
}

/** The declarations that set every private property on the host. */
export const themeDeclarations = themeValues.map((v) => `--_npo-${v[0]}: ${chain(v)};`).join('\n');
