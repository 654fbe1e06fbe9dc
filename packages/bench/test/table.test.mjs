import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTable, formatValue } from '../src/table.mjs';

const core = {
  package: '@npo-gemeenten/core',
  writtenAt: '2026-01-01T10:00:00.000Z',
  figures: [
    { group: 'eligibility', name: 'evaluateEligibility', value: 70669.65, unit: 'ops/s', note: 'p99 32.1 µs' },
    { group: 'bundle cost', name: 'a | b, min+gz', value: 14409, unit: 'B' },
  ],
};
const intake = {
  package: '@npo-gemeenten/intake',
  writtenAt: '2026-01-01T10:05:00.000Z',
  figures: [
    { group: 'load', name: 'intake, SQLite: p99 latency', value: 12.345, unit: 'ms' },
    { group: 'fault run', name: 'every request stored exactly once', value: true, unit: '' },
    { group: 'load', name: 'server CPU', value: null, unit: 'µs/req', note: 'no /proc' },
  ],
};

test('formats values: whole numbers grouped, small ones to three digits, booleans and unknowns in words', () => {
  assert.equal(formatValue(70669.65), '70,670');
  assert.equal(formatValue(14409), '14,409');
  assert.equal(formatValue(12.345), '12.3');
  assert.equal(formatValue(0.0123456), '0.0123');
  assert.equal(formatValue(7), '7');
  assert.equal(formatValue(true), 'yes');
  assert.equal(formatValue(false), 'no');
  assert.equal(formatValue(null), 'n/a');
  assert.equal(formatValue('SIGKILL'), 'SIGKILL');
});

test('one Markdown table with a row per figure, in package order, columns area, figure, value, unit, note', () => {
  const lines = formatTable([core, intake]).trimEnd().split('\n');
  const cells = (line) => line.slice(2, -2).split(/ (?<!\\)\| /).map((c) => c.trim());
  assert.deepEqual(cells(lines[0]), ['area', 'figure', 'value', 'unit', 'note']);
  assert.match(lines[1], /^\| -+ \| -+ \| -+: \| -+ \| -+ \|$/);
  assert.deepEqual(lines.slice(2).map(cells), [
    ['core: eligibility', 'evaluateEligibility', '70,670', 'ops/s', 'p99 32.1 µs'],
    ['core: bundle cost', 'a \\| b, min+gz', '14,409', 'B', ''],
    ['intake: load', 'intake, SQLite: p99 latency', '12.3', 'ms', ''],
    ['intake: fault run', 'every request stored exactly once', 'yes', '', ''],
    ['intake: load', 'server CPU', 'n/a', 'µs/req', 'no /proc'],
  ]);
  // Padded columns: every row is as wide as the header.
  assert.equal(new Set(lines.map((l) => l.length)).size, 1);
});
