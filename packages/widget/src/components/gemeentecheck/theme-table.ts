// The public properties with their descriptions, and the tables of docs/theming.md made from them
// and the theme list (scripts/theming-table.mjs writes them,
// test/theme.test.ts checks they are current). Not part of the element's code.
import { themeValues } from './gemeentecheck.tokens.js';

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
  { property: '--npo-heading-font-size', use: 'Size of the step headings' },
  { property: '--npo-subheading-font-size', use: 'Size of the headings within a step' },
  { property: '--npo-target-size', use: 'Minimum height of buttons (target size)' },
  { property: '--npo-button-padding-block', use: 'Space above and below the text of buttons' },
  { property: '--npo-button-padding-inline', use: 'Space beside the text of buttons' },
  { property: '--npo-input-padding-block', use: 'Space above and below the text in inputs and options' },
  { property: '--npo-input-padding-inline', use: 'Space beside the text in inputs and options' },
];

/** The elements a page can style with `::part()` (custom-elements.json and docs/theming.md). */
export const themeParts: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'container', description: 'The outer box of the widget.' },
  { name: 'progress', description: 'The "Step n of 7" line.' },
  { name: 'heading', description: 'The heading of each step.' },
  { name: 'combobox', description: 'The municipality search input.' },
  { name: 'listbox', description: 'The list of matching municipalities.' },
  { name: 'option', description: 'One municipality in the list.' },
  { name: 'figures', description: 'The list of figures of the chosen municipality.' },
  { name: 'outcome', description: 'The outcome box on the result step.' },
  { name: 'criteria', description: 'The list of reasons per criterion.' },
  { name: 'form', description: 'The form of each step.' },
  { name: 'error-summary', description: 'The list of errors at the top of a form.' },
  { name: 'button', description: 'Every button and button-like link.' },
  { name: 'button-primary', description: 'The main action of a step.' },
  { name: 'reference', description: 'The reference on the confirmation step.' },
  { name: 'summary', description: 'The answers on the check step and on the confirmation.' },
  { name: 'contact', description: 'The host\'s contact person ("Twijfelt u? Neem contact op met ...").' },
  { name: 'offer-closed', description: 'The notice on the first step that the offer\'s period is over.' },
];

/** What each value of gemeentecheck.tokens.ts styles. */
const uses: Readonly<Record<string, string>> = {
  'color-primary': 'primary button, accents',
  'color-primary-hover': 'primary button on hover',
  'color-primary-text': 'text on the primary button',
  'link-color': 'links, secondary buttons',
  'link-hover-color': 'links on hover',
  'color-text': 'text',
  'heading-color': 'step headings',
  'label-color': 'labels and legends',
  'color-muted': 'hints, sources',
  'color-background': 'widget background',
  'input-background': 'inputs',
  'color-surface': 'panels, outcome',
  'color-border': 'inputs, list, outer border',
  'color-error': 'invalid fields, error summary',
  'error-text-color': 'error messages',
  'color-success': 'eligible outcome',
  'color-warning': 'contact outcome',
  'color-focus': 'focus outline',
  'color-focus-inverse': 'ring around the focus outline',
  'color-option-active': 'active suggestion',
  'choice-color': 'checked checkboxes and radio buttons',
  'font-family': 'text',
  'heading-font-family': 'step headings',
  'font-size': 'text',
  'line-height': 'text',
  'heading-font-weight': 'step headings',
  'label-font-weight': 'labels and legends',
  'button-font-weight': 'buttons',
  'radius': 'buttons, widget',
  'input-radius': 'inputs',
  'space': 'spacing',
  'max-width': 'widget width',
  'border-width': 'outer border',
  'input-border-width': 'inputs, list',
  'focus-width': 'focus outline',
};

const code = (text: string): string => `\`${text}\``;
/** A default that names another value is written as "same as <property> for <what that one styles>". */
function defaultOf(value: string): string {
  const key = /^var\(--_npo-(.+)\)$/.exec(value)?.[1];
  const same = themeValues.find(([k]) => k === key);
  return same ? `same as ${same[1]} for ${uses[same[0]]}` : code(value);
}

/**
 * Two tables: the widget's properties with their defaults, then for each property the NL Design
 * System tokens that apply when it is not set, per thing it styles, in the order they are tried.
 */
export function themeTable(): string {
  const properties = themeProperties.map(({ property, use }) => {
    const first = themeValues.find((v) => v[1] === property);
    return `| ${code(property)} | ${code(first?.[3] ?? '')} | ${use} |`;
  });
  const tokens = themeValues.map(
    ([key, property, names, value]) => `| ${code(property)} | ${uses[key]} | ${names.map(code).join(', then ') || 'none'} | ${defaultOf(value)} |`,
  );
  return [
    '| Custom property | Default | Used for |',
    '|---|---|---|',
    ...properties,
    '',
    'When a property is not set, each thing it styles looks for these tokens, in this order, and',
    'takes the default only when none of them is set:',
    '',
    '| Widget property | Styles | NL Design System tokens, in order | Default |',
    '|---|---|---|---|',
    ...tokens,
  ].join('\n');
}
