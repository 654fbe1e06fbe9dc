// Renders the tables of docs/theming.md from the theme list (scripts/theming-table.mjs writes them,
// test/theme.test.ts checks they are current). Not part of the element's code.
import { themeProperties, themeValues } from './gemeentecheck.tokens.js';

const code = (text: string): string => `\`${text}\``;
/** A default that names another value is written as "same as <what that one styles>". */
function defaultOf(value: string): string {
  const key = /^var\(--_npo-(.+)\)$/.exec(value)?.[1];
  const same = themeValues.find((v) => v.key === key);
  return same ? `same as ${same.property} for ${same.use}` : code(value);
}

/**
 * Two tables: the widget's properties with their defaults, then for each property the NL Design
 * System tokens that apply when it is not set, per thing it styles, in the order they are tried.
 */
export function themeTable(): string {
  const properties = themeProperties.map(({ property, use }) => {
    const first = themeValues.find((v) => v.property === property);
    return `| ${code(property)} | ${code(first?.value ?? '')} | ${use} |`;
  });
  const tokens = themeValues.map(
    (v) => `| ${code(v.property)} | ${v.use} | ${v.tokens.map(code).join(', then ') || 'none'} | ${defaultOf(v.value)} |`,
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
