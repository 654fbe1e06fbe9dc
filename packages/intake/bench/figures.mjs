// Turns the load summaries and the fault run's result (as printed by bench/run.mjs) into figures
// for temp/bench.json.

/** Figures of one load summary row (see summary() in load.mjs). */
export function loadFigures(row, { connections, duration }) {
  const group = 'load';
  const server = row.name;
  // Count the rounds this row had (a shortened run may have fewer).
  const rounds = String(row['req/s per round']).split(' / ').length;
  const setup = `${connections} connections, ${rounds} × ${duration} s`;
  return [
    { group, name: `${server}: throughput`, value: row['req/s'], unit: 'req/s', note: `${setup}; per round ${row['req/s per round']}` },
    { group, name: `${server}: p99 latency`, value: row['p99 ms'], unit: 'ms', note: `p50 ${row['p50 ms']} ms (median round)` },
    {
      group,
      name: `${server}: server CPU`,
      value: row['server CPU us/req'] === 'n/a' ? null : row['server CPU us/req'],
      unit: 'µs/req',
      note: 'user + system time of the server process',
    },
    {
      group,
      name: `${server}: errors and non-201 answers`,
      value: row.errors + row['non-201'],
      unit: 'requests',
      note: `${row.errors} errors/timeouts, ${row['non-201']} non-201`,
    },
    {
      group,
      name: `${server}: 201s not stored`,
      value: row['201s not stored'],
      unit: 'requests',
      note: `of ${row['201s']} acknowledged; ${row['rows (incl. warm-up)']} rows incl. warm-up`,
    },
  ];
}

/** Figures of the fault run (see runFault() in fault.mjs). */
export function faultFigures(fault) {
  const group = 'fault run';
  const count = (name, key, unit, note) => ({ group, name, value: fault[key], unit, ...(note ? { note } : {}) });
  return [
    count('requests sent', 'requests sent', 'requests', `server killed with ${fault['killed with']} during load`),
    count('201 before kill', '201 before kill', 'requests'),
    count('no answer (in flight at kill)', 'no answer (in flight at kill)', 'requests'),
    count('rows after kill', 'rows after kill', 'rows'),
    count('retried after restart -> 201', 'retried -> 201', 'requests', 'same idempotency keys'),
    count('answered requests replayed', 'answered replays', 'requests', 'every tenth answered request'),
    count('replays answered with another id', 'replays with other id', 'requests', 'must be 0'),
    count('rows at end', 'rows at end', 'rows', 'must equal requests sent'),
    count('duplicate keys', 'duplicate keys', 'rows', 'must be 0'),
    count('requests not stored exactly once', 'requests not stored exactly once', 'requests', 'must be 0'),
    { group, name: 'every request stored exactly once', value: fault.ok, unit: '', note: 'the run fails when not' },
  ];
}
