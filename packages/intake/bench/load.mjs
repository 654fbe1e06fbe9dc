// Load test on loopback: the intake CLI server against the bare Hono + better-sqlite3 baseline,
// measured in the same run, 50 connections each. Reports req/s, p50, p99, errors, and checks that
// every 201 is stored (rows vs 201s).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { cli, cpuMs, exampleRequest, makeBody, packageDir, sqliteRows, startChild, stopChild } from './lib.mjs';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

async function load(url, template) {
  const acknowledged = new Map();
  let non201 = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/requests',
        setupRequest(request, context) {
          const { key, body } = makeBody(template);
          context.key = key;
          return {
            ...request,
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body,
          };
        },
        onResponse(status, body, context) {
          if (status === 201) acknowledged.set(context.key, JSON.parse(body).id);
          else non201 += 1;
        },
      },
    ],
  });
  return { result, acknowledged, non201 };
}

/** Runs one server for one round: start, warm up, load, read its CPU time, stop. */
async function round(start, template) {
  const server = start();
  const url = await server.url;
  await autocannon({ url, connections: 10, amount: 200, requests: warmup(template) });
  const cpuBefore = cpuMs(server.child);
  const run = await load(url, template);
  const cpuAfter = cpuMs(server.child);
  await stopChild(server);
  run.cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return run;
}

function warmup(template) {
  return [
    {
      method: 'POST',
      path: '/api/requests',
      setupRequest(request) {
        const { key, body } = makeBody(template);
        return { ...request, headers: { 'content-type': 'application/json', 'idempotency-key': key }, body };
      },
    },
  ];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** One line per server: medians over the rounds, and whether every 201 is stored. */
function summary(name, runs, rows) {
  const stored = new Map(rows.map((r) => [r.idempotency_key, r.id]));
  let acknowledged = 0;
  let missing = 0;
  for (const run of runs) {
    for (const [key, id] of run.acknowledged) {
      acknowledged += 1;
      if (stored.get(key) !== id) missing += 1;
    }
  }
  const perRequest = runs.map((r) => (r.cpuMs === null ? null : (r.cpuMs * 1000) / Math.max(1, r.result.requests.total)));
  return {
    name,
    // Throughput over all rounds together; latency percentiles are the median round's.
    'req/s': Math.round(
      runs.reduce((n, r) => n + r.result.requests.total, 0) / runs.reduce((n, r) => n + r.result.duration, 0),
    ),
    'req/s per round': runs.map((r) => Math.round(r.result.requests.average)).join(' / '),
    'p50 ms': median(runs.map((r) => r.result.latency.p50)),
    'p99 ms': median(runs.map((r) => r.result.latency.p99)),
    'server CPU us/req': perRequest.includes(null) ? 'n/a' : Math.round(median(perRequest)),
    errors: runs.reduce((n, r) => n + r.result.errors + r.result.timeouts, 0),
    'non-201': runs.reduce((n, r) => n + r.non201, 0),
    '201s': acknowledged,
    'rows (incl. warm-up)': rows.length,
    '201s not stored': missing,
  };
}

export async function runLoad() {
  const template = await exampleRequest();
  const dir = mkdtempSync(join(tmpdir(), 'npo-intake-bench-'));
  const out = [];
  try {
    const baselineDb = join(dir, 'baseline.db');
    const intakeDb = join(dir, 'intake.db');
    const baselineRuns = [];
    const intakeRuns = [];
    // Alternate the two servers so a change in machine load hits both alike.
    for (let i = 0; i < rounds; i += 1) {
      baselineRuns.push(await round(() => startChild([join(packageDir, 'bench/baseline-server.mjs'), baselineDb]), template));
      intakeRuns.push(await round(() => startChild([cli, '--port', '0', '--db', intakeDb, '--rate-limit', '0']), template));
    }
    out.push(summary('baseline: Hono + better-sqlite3, 1 commit/request', baselineRuns, sqliteRows(baselineDb, 'requests')));
    out.push(summary('intake, SQLite (group commit)', intakeRuns, sqliteRows(intakeDb, 'support_requests')));

    const pgUrl = process.env.NPO_TEST_DATABASE_URL;
    if (pgUrl) {
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      // Start from empty tables: every table of the database is the bench's.
      const { rows: tables } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      if (tables.length > 0) await client.query(`DROP TABLE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
      const pgBaselineRuns = [];
      const pgIntakeRuns = [];
      for (let i = 0; i < rounds; i += 1) {
        pgBaselineRuns.push(await round(() => startChild([join(packageDir, 'bench/baseline-postgres-server.mjs'), pgUrl]), template));
        pgIntakeRuns.push(await round(() => startChild([cli, '--port', '0', '--rate-limit', '0'], { DATABASE_URL: pgUrl }), template));
      }
      const baselineRows = (await client.query('SELECT id::text AS id, idempotency_key FROM baseline_requests')).rows;
      const intakeRows = (await client.query('SELECT id::text AS id, idempotency_key FROM support_requests')).rows;
      await client.end();
      out.push(summary('baseline: Hono + pg, 1 commit/request', pgBaselineRuns, baselineRows));
      out.push(summary('intake, PostgreSQL (group commit)', pgIntakeRuns, intakeRows));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`${connections} connections, ${rounds} alternating rounds of ${duration} s per server`);
  console.table(await runLoad());
}
