// The staff views at volume: 10,000 stored requests on SQLite, then the first page of the request
// list and the dashboard's figures, timed by the server itself (the access log's durationMs, which
// covers the store and the JSON, not the network) and by the client.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './lib.mjs';

const count = Number(process.env.BENCH_VOLUME ?? 10_000);
const calls = 20;

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function startCli(db, token) {
  const child = spawn(process.execPath, [cli, '--port', '0', '--db', db, '--no-workspace'], {
    env: { ...process.env, NPO_INTAKE_ADMIN_TOKEN: token, NPO_INTAKE_RATE_LIMIT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  let buffer = '';
  child.stdout.on('data', (d) => {
    buffer += d;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) if (line.startsWith('{')) lines.push(JSON.parse(line));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const url = new Promise((resolve, reject) => {
    const tick = setInterval(() => {
      const listening = lines.find((l) => l.event === 'listening');
      if (listening) {
        clearInterval(tick);
        resolve(listening.url);
      }
    }, 20);
    exited.then(() => {
      clearInterval(tick);
      reject(new Error('intake exited early'));
    });
  });
  return { child, url, lines, exited };
}

export async function runVolume() {
  const dir = mkdtempSync(join(tmpdir(), 'npo-intake-volume-'));
  const db = join(dir, 'intake.db');
  try {
    const { openSqliteStore, seedExampleRequests } = await import('../dist/index.js');
    const store = await openSqliteStore({ filename: db });
    const seedStarted = performance.now();
    await seedExampleRequests(store, { count });
    const seedMs = performance.now() - seedStarted;
    await store.close();

    const token = randomBytes(32).toString('hex');
    const server = startCli(db, token);
    const url = await server.url;
    const headers = { Authorization: `Bearer ${token}` };
    const rows = [];
    for (const [name, path, route] of [
      ['GET /api/requests (first page, 50)', '/api/requests?limit=50', '/api/requests'],
      ['GET /api/stats', '/api/stats', '/api/stats'],
    ]) {
      const client = [];
      for (let i = 0; i < calls + 2; i += 1) {
        const started = performance.now();
        const response = await fetch(`${url}${path}`, { headers });
        if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
        await response.arrayBuffer();
        // The first two warm the statement cache and the page cache.
        if (i >= 2) client.push(performance.now() - started);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const server = server_ms(route);
      rows.push({
        name,
        'server ms (median)': round(quantile(server, 0.5)),
        'server ms (max)': round(Math.max(...server)),
        'client ms (median)': round(quantile(client, 0.5)),
        calls,
      });
    }
    function server_ms(route) {
      return server.lines.filter((l) => l.route === route && l.method === 'GET').slice(2).map((l) => l.durationMs);
    }
    server.child.kill('SIGTERM');
    await server.exited;
    return { count, seedMs: Math.round(seedMs), rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(ms) {
  return Math.round(ms * 10) / 10;
}

/** Figures of the volume run for temp/bench.json. */
export function volumeFigures(volume) {
  const group = `${volume.count} stored requests (SQLite)`;
  return [
    ...volume.rows.map((row) => ({
      group,
      name: `${row.name}: server time`,
      value: row['server ms (median)'],
      unit: 'ms',
      note: `median of ${row.calls} calls, max ${row['server ms (max)']} ms; client round trip ${row['client ms (median)']} ms`,
    })),
    { group, name: 'seeding the example requests', value: volume.seedMs, unit: 'ms', note: 'seedExampleRequests, with moves and assignments' },
  ];
}
