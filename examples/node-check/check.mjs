#!/usr/bin/env node
// Prints the explained eligibility check for one municipality, with its CBS figures.
// Usage: npm run check -- <municipality> [--lang en] [--year 2024] [--share 12.5]
//        [--corona above-average|not-above-average|unknown] [--capacity yes|no|unknown]
//        [--merged yes|no|unknown] [--cooperation]
import { parseArgs } from 'node:util';
import { formatCheck } from './format-check.mjs';

const usage = `Gebruik / usage:
  npm run check -- <gemeente of GM-code> [opties]

Opties / options:
  --lang nl|en            taal van de uitleg (standaard nl)
  --year 2020..2025       peiljaar van de CBS-cijfers (standaard het laatste volledige jaar)
  --share <0-100>         percentage doelgroepkinderen, als u dat weet
  --corona above-average|not-above-average|unknown
  --capacity yes|no|unknown
  --merged yes|no|unknown fusiegemeente met zelfstandig functionerende kernen
  --cooperation           de vraag gaat over samenwerking met kinderopvang, onderwijs en partners

Voorbeeld / example:
  npm run check -- Renkum --corona above-average --capacity yes`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'nl' },
      year: { type: 'string' },
      share: { type: 'string' },
      corona: { type: 'string' },
      capacity: { type: 'string' },
      merged: { type: 'string' },
      cooperation: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error.message}\n\n${usage}`);
  process.exit(2);
}

const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const query = positionals.join(' ').trim() || 'Renkum';
const outcome = formatCheck(query, values);
if (!outcome.ok) {
  console.error(`${outcome.error}\n\n${usage}`);
  process.exit(2);
}
console.log(outcome.text);
