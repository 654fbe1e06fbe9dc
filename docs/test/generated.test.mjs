// The generated parts of the docs must equal a fresh generation from the packages.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { currentPolicy } from '@npo-gemeenten/core';
import { diffApiReference, findDocModels } from '../scripts/api-reference.mjs';
import { renderRulesDoc, rulesFile, templateFile } from '../scripts/rules-doc.mjs';
import { collectTexts, renderTextsDoc, textsFile } from '../scripts/texts.mjs';
import { coreGuideFile, renderCoreBudgets, renderCoreGuide } from '../scripts/size-budgets.mjs';

const apiDir = fileURLToPath(new URL('../api/', import.meta.url));

describe('API reference (docs/api/)', () => {
  it('has a doc model for every package', () => {
    assert.deepEqual(findDocModels().missing.map((m) => m.name), []);
  });

  it('equals a fresh generation from the packages/*/temp/*.api.json doc models', () => {
    assert.deepEqual(diffApiReference(apiDir), [], 'docs/api/ is out of date: run `npm run generate` in docs/');
  });

  it('documents each package', () => {
    const index = readFileSync(join(apiDir, 'index.md'), 'utf8');
    for (const name of ['core', 'data', 'widget', 'intake']) assert.match(index, new RegExp(`\\[@npo-gemeenten/${name}\\]\\(\\./${name}\\.md\\)`));
  });
});

describe('rules.md', () => {
  const doc = readFileSync(rulesFile, 'utf8');

  it('equals the template filled from currentPolicy', () => {
    assert.equal(doc, renderRulesDoc(), 'rules.md is out of date: run `npm run generate` in docs/');
  });

  it("quotes each parameter's source sentence verbatim, with its value", () => {
    for (const [name, parameter] of Object.entries(currentPolicy.parameters)) {
      assert.ok(doc.includes(`| \`${name}\` | \`${parameter.value}\` |`), `${name} = ${parameter.value} in the table`);
      assert.ok(doc.includes(`"${parameter.source.quote}"`), `the quote of ${name} in the table`);
      assert.ok(doc.includes(`> - ${parameter.source.quote}`), `the quote of ${name} in the source text section`);
    }
  });

  it('states the figures and the period as the policy has them', () => {
    const p = currentPolicy.parameters;
    const nl = (n) => new Intl.NumberFormat('nl-NL').format(n);
    const en = (n) => new Intl.NumberFormat('en-GB').format(n);
    const upper = p.maxInhabitants.value + p.inhabitantsMargin.value;
    for (const text of [
      `tot en met ${nl(p.maxInhabitants.value)} inwoners`,
      `tot en met ${nl(upper)}`,
      `up to and including ${en(p.maxInhabitants.value)} inhabitants`,
      `up to and including ${en(upper)}`,
      `Meer dan ${nl(p.targetGroupShareThreshold.value)}%`,
      `More than ${en(p.targetGroupShareThreshold.value)}%`,
      `policy \`${currentPolicy.id}\`, version \`${currentPolicy.version}\``,
    ]) {
      assert.ok(doc.includes(text), text);
    }
    const date = (iso) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    assert.ok(currentPolicy.validTo !== null);
    const period = `period of the offer ${date(currentPolicy.validFrom)} to ${date(currentPolicy.validTo)}`;
    assert.ok(doc.replace(/\s+/g, ' ').includes(period), period);
    assert.ok(doc.replace(/\s+/g, ' ').includes(`"${currentPolicy.periodSource.quote}"`), 'the source of the period, verbatim');
  });

  it("keeps the template's prose free of literal policy figures (they come from the policy)", () => {
    const prose = readFileSync(templateFile, 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
    assert.deepEqual(prose.match(/\b(40[.,]?000|44[.,]?000|4[.,]?000|10[.,]7)\b/g), null);
  });
});

describe('texts.md', () => {
  it('equals a fresh generation from the texts of core and the widget', async () => {
    const stored = existsSync(textsFile) ? readFileSync(textsFile, 'utf8') : '';
    assert.equal(stored, renderTextsDoc(await collectTexts()), 'texts.md is out of date: run `npm run generate` in docs/ and commit docs/texts.md');
  });
});

describe('the size table of core.md', () => {
  it("equals the budgets of packages/core/.size-limit.json", () => {
    assert.equal(
      readFileSync(coreGuideFile, 'utf8'),
      renderCoreGuide(),
      'the size table of core.md is out of date: run `npm run generate` in docs/ and commit docs/core.md',
    );
  });

  it('names every budget with its import and limit', () => {
    const budgets = JSON.parse(readFileSync(new URL('../../packages/core/.size-limit.json', import.meta.url), 'utf8'));
    const table = renderCoreBudgets();
    for (const b of budgets) assert.ok(table.includes(`| ${b.name} |`) && table.includes(`| ${b.limit} |`), b.name);
    assert.match(table, /import \{ evaluateEligibility \} from '@npo-gemeenten\/core'/);
    assert.match(table, /import \* as core from '@npo-gemeenten\/core\/catalogue'/);
  });
});
