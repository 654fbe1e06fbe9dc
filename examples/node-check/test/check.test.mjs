import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { getMunicipality } from '@npo-gemeenten/data';
import { formatCheck } from '../format-check.mjs';

const script = fileURLToPath(new URL('../check.mjs', import.meta.url));

test('explains the check for Renkum with its CBS figure and source', () => {
  const renkum = getMunicipality('Renkum');
  const outcome = formatCheck('Renkum', { corona: 'above-average', capacity: 'yes' });
  assert.equal(outcome.ok, true);
  assert.equal(outcome.result.outcome, 'eligible');
  const figure = renkum.inhabitants.toLocaleString('nl-NL');
  assert.match(outcome.text, new RegExp(`${figure.replace('.', '\\.')} inwoners`));
  assert.match(outcome.text, /Bron: CBS/);
  // Each criterion under its name from core, not its id.
  for (const label of ['Aantal inwoners', 'Doelgroepkinderen of corona', 'Organisatiekracht', 'Samenwerking']) {
    assert.match(outcome.text, new RegExp(`^  . ${label}: `, 'm'));
  }
  assert.doesNotMatch(outcome.text, /^ {2}. (size|need|capacity|cooperation):/m);
});

test('a larger municipality is not eligible and says why, in English', () => {
  const outcome = formatCheck('Amsterdam', { lang: 'en', corona: 'above-average', capacity: 'yes', merged: 'no' });
  assert.equal(outcome.ok, true);
  assert.equal(outcome.result.outcome, 'not-eligible');
  assert.equal(outcome.result.criteria.find((c) => c.id === 'size').status, 'not-met');
  assert.match(outcome.text, /Outcome: not eligible/);
  assert.match(outcome.text, /^ {2}✗ Number of inhabitants: /m);
});

test('a former name resolves to its successor and says so', () => {
  const outcome = formatCheck('Boxmeer', {});
  assert.equal(outcome.ok, true);
  assert.match(outcome.text, /Land van Cuijk/);
  assert.match(outcome.text, /Boxmeer ging op 1 januari 2022 op in Land van Cuijk/);
});

test('unknown answers lead to contact, never to a silent no', () => {
  const outcome = formatCheck('Vaals', {});
  assert.equal(outcome.ok, true);
  assert.equal(outcome.result.outcome, 'contact');
});

test('bad input gives a clear message and exit code 2', () => {
  assert.equal(formatCheck('Atlantis', {}).ok, false);
  const bad = formatCheck('Vaals', { share: '150' });
  assert.equal(bad.ok, false);
  assert.match(bad.error, /targetGroupShare/);
  const run = spawnSync(process.execPath, [script, 'Atlantis'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Geen gemeente gevonden voor "Atlantis"/);
});

test('the command prints the explained check', () => {
  const out = execFileSync(process.execPath, [script, 'GM0981', '--capacity', 'yes', '--corona', 'above-average'], {
    encoding: 'utf8',
  });
  assert.match(out, /^Vaals \(GM0981\)/);
  assert.match(out, /Uitkomst: komt in aanmerking/);
});
