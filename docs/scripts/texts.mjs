// Collects every user-facing text of core and the widget from their source modules, and renders
// docs/texts.md from them: Dutch and English side by side, keyed, for review by a communication
// adviser. The same collection feeds the vocabulary test (test/texts.test.mjs), so what the adviser
// reads is what the scan checks. Texts with parameters are rendered with named example arguments.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
export const textsFile = new URL('../texts.md', import.meta.url);
const widgetTypesFile = new URL('packages/widget/src/messages/types.ts', root);

// The source modules, bundled in memory so that no package has to be built or export its internals.
const entry = `
export { nl as coreNl, nlFields as coreNlFields } from './packages/core/src/messages/nl.ts';
export { en as coreEn, enFields as coreEnFields } from './packages/core/src/messages/en.ts';
export { criterionLabels } from './packages/core/src/criterion-labels.ts';
export { catalogue } from './packages/core/src/catalogue.ts';
export { commissioner, providers, providerSentences } from './packages/core/src/providers.ts';
export { currentPolicy } from './packages/core/src/policy.ts';
export { evaluateEligibility } from './packages/core/src/eligibility/evaluate.ts';
export { nl as widgetNl } from './packages/widget/src/messages/nl.ts';
export { en as widgetEn } from './packages/widget/src/messages/en.ts';
`;

async function loadSources() {
  const result = await build({
    stdin: { contents: entry, resolveDir: new URL('.', root).pathname, sourcefile: 'texts-entry.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** A value that differs per language, as the widget receives it already formatted. */
class Localized {
  constructor(nl, en) {
    this.nl = nl;
    this.en = en;
  }
}
const l = (nl, en) => new Localized(nl, en);

function inLanguage(value, lang) {
  if (value instanceof Localized) return value[lang];
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, lang));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguage(v, lang)]));
  return value;
}

function describeValue(value) {
  if (value instanceof Localized) return value.nl === value.en ? JSON.stringify(value.nl) : `${JSON.stringify(value.nl)} / ${JSON.stringify(value.en)}`;
  if (Array.isArray(value)) return `[${value.map(describeValue).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${describeValue(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}

/**
 * Example arguments of each widget message that is a function, by name and in the order of the
 * parameters. Several sets show each branch (one or more results, a figure known or not).
 */
function widgetExamples(providerNames) {
  const date = l('1 januari 2025', '1 January 2025');
  return {
    stepOf: [{ step: 2, total: 6 }],
    searchResults: [{ count: 1 }, { count: 12 }],
    formerName: [{ former: 'Leeuwarderadeel' }],
    figuresHeading: [{ name: 'Hengelo' }],
    inhabitantsValue: [{ count: l('83.655', '83,655'), date }],
    targetGroupValue: [{ percent: l('12,5%', '12.5%'), date: l('1 oktober 2022', '1 October 2022') }],
    childrenSource: [{ source: 'CBS, Regionale kerncijfers Nederland (70072ned)', date }],
    mergedFromItem: [{ name: 'Leeuwarderadeel', date: l('1 januari 2018', '1 January 2018') }],
    resolvedFromNote: [{ former: 'Leeuwarderadeel', current: 'Leeuwarden' }],
    schoolHintValue: [{ score: l('98,3', '98.3'), national: l('87,0', '87.0'), year: '2019' }],
    mergedHint: [{ limit: l('44.000', '44,000') }],
    mergedKnownItem: [
      { name: 'Haaren', date: l('1 januari 2021', '1 January 2021'), inhabitants: { count: l('14.000', '14,000'), date: l('1 januari 2020', '1 January 2020') } },
      { name: 'Leeuwarderadeel', date: l('1 januari 2018', '1 January 2018'), inhabitants: null },
    ],
    offerClosed: [{ endDate: l('31 juli 2025', '31 July 2025') }],
    providersSentence: [{ names: providerNames }],
    contactWith: [{ name: 'Sam de Vries' }],
    contactDoubt: [{ how: 'Sam de Vries, 030 123 4567, npo@example.nl' }],
    policyPeriod: [{ from: l('1 juli 2021', '1 July 2021'), to: l('31 juli 2025', '31 July 2025') }],
    policyPeriodEnded: [{ from: l('1 juli 2021', '1 July 2021'), to: l('31 juli 2025', '31 July 2025') }],
    contactByEmail: [{ email: 'npo@example.nl' }],
    preferredStartHint: [{ day: 1, month: 9, year: 2026 }],
    submitErrorBusy: [{ wait: l('2 minuten', '2 minutes') }],
    waitTime: [{ seconds: 30 }, { seconds: 120 }],
    mailSubject: [{ municipality: 'Vaals' }],
  };
}

// Figures as the data package gives them (with their source), or as a visitor enters them (without).
const inhabitantsSource = { referenceDate: '2025-01-01', source: 'CBS, Bevolking op 1 januari (03759ned)', tableId: '03759ned' };
const shareSource = { referenceDate: '2022-10-01', source: 'CBS, Onderwijsachterstandenindicator (85372NED)' };
const withSources = (input) => ({
  ...input,
  provenance: {
    ...(input.inhabitants === undefined ? {} : { inhabitants: inhabitantsSource }),
    ...(input.targetGroupShare === undefined ? {} : { targetGroupShare: shareSource }),
  },
});

/** One input per branch of each criterion's explanation, named by what it shows. */
const explanationCases = [
  ['size', 'inhabitants unknown', {}],
  ['size', '10.007 inhabitants (CBS)', withSources({ inhabitants: 10007 })],
  ['size', '10.007 inhabitants (entered)', { inhabitants: 10007 }],
  ['size', '42.000 inhabitants (CBS)', withSources({ inhabitants: 42000 })],
  ['size', '83.655 inhabitants (CBS), merger question not answered', withSources({ inhabitants: 83655 })],
  ['size', '83.655 inhabitants (CBS), fusiegemeente: yes', withSources({ inhabitants: 83655, mergedWithIndependentCores: true })],
  ['size', '83.655 inhabitants (CBS), fusiegemeente: no', withSources({ inhabitants: 83655, mergedWithIndependentCores: false })],
  ['need', 'share unknown, corona above average', { coronaImpact: 'above-average' }],
  ['need', 'share unknown, corona not above average', { coronaImpact: 'not-above-average' }],
  ['need', 'share unknown, corona unknown', {}],
  ['need', '12,5% (CBS)', withSources({ targetGroupShare: 12.5 })],
  ['need', '12,5% (entered)', { targetGroupShare: 12.5 }],
  ['need', '8,2% (CBS), corona above average', withSources({ targetGroupShare: 8.2, coronaImpact: 'above-average' })],
  ['need', '8,2% (CBS), corona not above average', withSources({ targetGroupShare: 8.2, coronaImpact: 'not-above-average' })],
  ['need', '8,2% (CBS), corona unknown', withSources({ targetGroupShare: 8.2 })],
  ['capacity', 'yes', { capacityShortfall: 'yes' }],
  ['capacity', 'no', { capacityShortfall: 'no' }],
  ['capacity', 'unknown', {}],
  ['cooperation', 'yes', { cooperationFocus: true }],
  ['cooperation', 'no', { cooperationFocus: false }],
  ['cooperation', 'unknown', {}],
];

/**
 * The groups of the widget's messages, read from the JSDoc in the `WidgetMessages` interface: a comment starting
 * "Step N:" or "Mail fallback" opens a group that runs to the next one.
 */
function widgetGroups() {
  const groupOf = new Map();
  let group = 'General';
  let comment = '';
  const source = readFileSync(widgetTypesFile, 'utf8');
  const body = source.slice(source.indexOf('export interface WidgetMessages {'));
  for (const line of body.slice(0, body.indexOf('\n}')).split('\n')) {
    const doc = line.match(/^\s*\/\*\*\s*(.*?)\s*(?:\*\/)?$/);
    if (doc) comment = doc[1];
    const member = line.match(/^\s{2}(\w+)\??:/);
    if (member) {
      const opens = comment.match(/^(Step \d+: [^.]+|Mail fallback)/);
      if (opens) group = opens[1].charAt(0).toUpperCase() + opens[1].slice(1);
      groupOf.set(member[1], group);
      comment = '';
    }
  }
  return groupOf;
}

/**
 * Every user-facing text of core and the widget: `{ package, group, key, args?, nl, en }`, where
 * `args` describes the example arguments of a text with parameters.
 */
export async function collectTexts() {
  const s = await loadSources();
  const texts = [];
  const add = (pkg, group, key, nl, en, args) => texts.push({ package: pkg, group, key, ...(args ? { args } : {}), nl, en });

  for (const key of Object.keys(s.coreNl)) add('core', 'Field errors', key, s.coreNl[key], s.coreEn[key]);
  for (const key of Object.keys(s.coreNlFields)) add('core', 'Field names (`{field}` in field errors)', key === '' ? '(whole request)' : key, s.coreNlFields[key], s.coreEnFields[key]);
  for (const [id, label] of Object.entries(s.criterionLabels)) add('core', 'Criterion names', id, label.nl, label.en);
  for (const [criterion, example, input] of explanationCases) {
    const result = s.evaluateEligibility(input).criteria.find((c) => c.id === criterion);
    add('core', `Explanations: ${s.criterionLabels[criterion].en}`, `${criterion}.${result.status}`, result.explanation.nl, result.explanation.en, example);
  }
  for (const [kind, entries] of Object.entries(s.catalogue)) {
    for (const e of entries) {
      add('core', `Catalogue: ${kind}`, `${e.id}.label`, e.label.nl, e.label.en);
      add('core', `Catalogue: ${kind}`, `${e.id}.description`, e.description.nl, e.description.en);
    }
  }
  for (const org of [s.commissioner, ...s.providers]) add('core', 'Organisations', `${org.id}.fullName`, org.fullName.nl, org.fullName.en);
  for (const [key, sentence] of Object.entries(s.providerSentences)) add('core', 'Provider sentences', key, sentence.nl, sentence.en);
  const policy = s.currentPolicy;
  add('core', 'Policy', 'title', policy.title.nl, policy.title.en);
  if (policy.periodSource.interpretation) add('core', 'Policy', 'periodSource.interpretation', policy.periodSource.interpretation.nl, policy.periodSource.interpretation.en);
  for (const [name, parameter] of Object.entries(policy.parameters)) {
    const reading = parameter.source.interpretation;
    if (reading) add('core', 'Policy', `${name}.interpretation`, reading.nl, reading.en);
  }

  texts.push(...widgetTexts(s.widgetNl, s.widgetEn, widgetGroups(), widgetExamples(s.providers.map((p) => p.name))));
  return texts;
}

/**
 * The widget's texts from its message objects: a function is called with each of its example
 * argument sets, a record (`status`, `criterion`) gives one text per entry. A function without
 * examples, or examples for a message that is no function, is an error that says what to change.
 */
export function widgetTexts(nl, en, groups, examples) {
  const texts = [];
  const add = (group, key, nlText, enText, args) => texts.push({ package: 'widget', group, key, ...(args ? { args } : {}), nl: nlText, en: enText });
  const keys = [...new Set([...Object.keys(nl), ...Object.keys(en)])];
  for (const key of keys) {
    const group = groups.get(key) ?? 'Other';
    const [nlValue, enValue] = [nl[key], en[key]];
    if (typeof nlValue === 'function' || typeof enValue === 'function') {
      const sets = examples[key];
      if (!sets) throw new Error(`texts: widget message "${key}" takes parameters: add its example arguments to widgetExamples in docs/scripts/texts.mjs`);
      for (const set of sets) {
        const call = (fn, lang) => (typeof fn === 'function' ? fn(...Object.values(inLanguage(set, lang))) : fn);
        const args = Object.entries(set).map(([name, value]) => `${name} = ${describeValue(value)}`).join(', ');
        add(group, key, call(nlValue, 'nl'), call(enValue, 'en'), args);
      }
    } else if (nlValue && typeof nlValue === 'object') {
      for (const sub of Object.keys(nlValue)) add(group, `${key}.${sub}`, nlValue[sub], enValue?.[sub]);
    } else {
      add(group, key, nlValue, enValue);
    }
  }
  const unused = Object.keys(examples).filter((key) => typeof nl[key] !== 'function');
  if (unused.length > 0) throw new Error(`texts: widgetExamples in docs/scripts/texts.mjs has examples for ${unused.join(', ')}, which take no parameters (any more): remove them`);
  return texts;
}

const cell = (text) =>
  text === undefined ? '(missing)' : String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>');

/** docs/texts.md: one section per package, one table per group, in the order collected. */
export function renderTextsDoc(texts) {
  const out = [
    '# User-facing texts',
    '',
    '<!-- Generated by `npm run generate` in docs/ from the source modules; do not edit. -->',
    '',
    'Every text that core and the widget show, in Dutch and English side by side, for review. Generated',
    'from the source modules by `npm run generate` in `docs/` (see `docs/scripts/texts.mjs`); the docs tests',
    'fail when this file is out of date, and when a text uses a term that [the vocabulary](vocabulary.json)',
    'rules out. Texts with parameters are shown with example arguments, named under the key.',
    '',
    '- **core**: field errors (`messagesNl`, `messagesEn`; `{field}`, `{min}`, `{max}` and `{key}` are filled',
    '  in), criterion names, the explanations of `evaluateEligibility` per criterion and outcome, the',
    '  catalogue, the organisations behind the offer and the policy.',
    '- **widget**: the messages of `<npo-gemeentecheck>`, grouped by step. A host may override them.',
  ];
  for (const pkg of ['core', 'widget']) {
    out.push('', `## ${pkg === 'core' ? 'Core (`@npo-gemeenten/core`)' : 'Widget (`@npo-gemeenten/widget`)'}`);
    let group;
    for (const t of texts.filter((x) => x.package === pkg)) {
      if (t.group !== group) {
        group = t.group;
        out.push('', `### ${pkg}: ${group}`, '', '| key | nl | en |', '|---|---|---|');
      }
      const key = `\`${t.key}\`${t.args ? `<br>${cell(t.args)}` : ''}`;
      out.push(`| ${key} | ${cell(t.nl)} | ${cell(t.en)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
