// Renders docs/rules.md from scripts/rules.template.md and core's `currentPolicy`, so the figures,
// dates and source sentences in the guide are the policy's own and cannot drift from the code.
import { readFileSync } from 'node:fs';
import { currentPolicy } from '@npo-gemeenten/core';

export const templateFile = new URL('./rules.template.md', import.meta.url);
export const rulesFile = new URL('../rules.md', import.meta.url);

/** Which criterion each policy parameter belongs to; a new parameter must be placed here. */
const criterionOf = {
  maxInhabitants: 'size',
  inhabitantsMargin: 'size',
  targetGroupShareThreshold: 'need',
};

const number = (lang, value) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
const date = (lang, iso) =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The parameter table: value, criterion, the verbatim source sentence and how it is read. */
export function renderParameterTable(policy = currentPolicy) {
  const rows = Object.entries(policy.parameters).map(([name, parameter]) => {
    const criterion = criterionOf[name];
    if (!criterion) throw new Error(`rules-doc: parameter ${name} has no criterion in criterionOf`);
    const reading = parameter.source.interpretation;
    return `| \`${name}\` | \`${parameter.value}\` | \`${criterion}\` | "${cell(parameter.source.quote)}" | ${
      reading ? `${cell(reading.nl)}<br>${cell(reading.en)}` : '(literal)'
    } |`;
  });
  return [
    '| parameter | value | criterion | source sentence (verbatim, Dutch) | reading (nl / en) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The values a template may use, as `{{name}}`. */
export function templateValues(policy = currentPolicy) {
  const p = policy.parameters;
  const upper = p.maxInhabitants.value + p.inhabitantsMargin.value;
  const values = {
    'policy.id': policy.id,
    'policy.version': policy.version,
    'policy.title.nl': policy.title.nl,
    'policy.title.en': policy.title.en,
    'policy.document': p.maxInhabitants.source.document,
    'validFrom.nl': date('nl', policy.validFrom),
    'validFrom.en': date('en', policy.validFrom),
    'validTo.nl': policy.validTo === null ? 'zonder einddatum' : date('nl', policy.validTo),
    'validTo.en': policy.validTo === null ? 'no end date' : date('en', policy.validTo),
    'periodSource.document': policy.periodSource.document,
    'periodSource.quote': policy.periodSource.quote,
    parameterTable: renderParameterTable(policy),
  };
  for (const lang of ['nl', 'en']) {
    values[`maxInhabitants.${lang}`] = number(lang, p.maxInhabitants.value);
    values[`inhabitantsMargin.${lang}`] = number(lang, p.inhabitantsMargin.value);
    values[`upperInhabitants.${lang}`] = number(lang, upper);
    values[`aboveUpperInhabitants.${lang}`] = number(lang, upper + 1);
    values[`threshold.${lang}`] = number(lang, p.targetGroupShareThreshold.value);
  }
  for (const [name, parameter] of Object.entries(p)) values[`quote.${name}`] = parameter.source.quote;
  return values;
}

/** Fills every `{{name}}` of the template; an unknown name is an error, not an empty string. */
export function renderRulesDoc(template = readFileSync(templateFile, 'utf8'), policy = currentPolicy) {
  const values = templateValues(policy);
  return template.replace(/\{\{([\w.]+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`rules-doc: unknown placeholder {{${name}}}`);
    return values[name];
  });
}
