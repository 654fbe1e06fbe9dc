// Fault run: SIGKILL the intake server in the middle of a load, restart it on the same database, let
// every client retry what it has no answer for (and replay some answered ones) with the same keys.
// Checks: every request that got a 201 is stored exactly once with the id it was told; retries
// create no duplicates; every request ends up stored once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, exampleRequest, makeBody, sqliteRows, startChild, stopChild } from './lib.mjs';

const clients = Number(process.env.FAULT_CLIENTS ?? 30);
const killAfterMs = Number(process.env.FAULT_KILL_AFTER_MS ?? 1500);

async function send(url, attempt) {
  const response = await fetch(`${url}/api/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': attempt.key },
    body: attempt.body,
    signal: AbortSignal.timeout(5000),
  });
  const body = await response.json();
  return { status: response.status, id: body.id };
}

export async function runFault() {
  const template = await exampleRequest();
  const dir = mkdtempSync(join(tmpdir(), 'npo-intake-fault-'));
  const db = join(dir, 'intake.db');
  const attempts = [];
  try {
    const first = startChild([cli, '--port', '0', '--db', db, '--rate-limit', '0']);
    const firstUrl = await first.url;
    let stop = false;
    const workers = Array.from({ length: clients }, async () => {
      while (!stop) {
        const attempt = { ...makeBody(template), status: undefined, id: undefined };
        attempts.push(attempt);
        try {
          Object.assign(attempt, await send(firstUrl, attempt));
        } catch {
          attempt.status = 'no-answer';
          return; // the server is gone
        }
      }
    });
    await new Promise((r) => setTimeout(r, killAfterMs));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    const killed = await first.exited;

    const answeredBeforeKill = attempts.filter((a) => a.status === 201).length;
    const unanswered = attempts.filter((a) => a.status !== 201);
    const committedBeforeRestart = sqliteRows(db, 'support_requests').length;

    const second = startChild([cli, '--port', '0', '--db', db, '--rate-limit', '0']);
    const secondUrl = await second.url;
    // Clients retry everything they have no 201 for, and replay every tenth answered request.
    const replayed = attempts.filter((a, i) => a.status === 201 && i % 10 === 0);
    let replayMismatch = 0;
    let retried201 = 0;
    await Promise.all(
      unanswered.map(async (a) => {
        const r = await send(secondUrl, a);
        if (r.status === 201) {
          a.status = 201;
          a.id = r.id;
          retried201 += 1;
        }
      }),
    );
    await Promise.all(
      replayed.map(async (a) => {
        const r = await send(secondUrl, a);
        if (r.status !== 201 || r.id !== a.id) replayMismatch += 1;
      }),
    );
    await stopChild(second);

    const rows = sqliteRows(db, 'support_requests');
    const byKey = new Map();
    for (const row of rows) byKey.set(row.idempotency_key, [...(byKey.get(row.idempotency_key) ?? []), row.id]);
    let notStoredOnce = 0;
    for (const a of attempts) {
      const ids = byKey.get(a.key) ?? [];
      if (a.status !== 201 || ids.length !== 1 || ids[0] !== a.id) notStoredOnce += 1;
    }
    return {
      'requests sent': attempts.length,
      'killed with': killed.signal,
      '201 before kill': answeredBeforeKill,
      'no answer (in flight at kill)': unanswered.length,
      'rows after kill': committedBeforeRestart,
      'retried -> 201': retried201,
      'answered replays': replayed.length,
      'replays with other id': replayMismatch,
      'rows at end': rows.length,
      'duplicate keys': rows.length - byKey.size,
      'requests not stored exactly once': notStoredOnce,
      ok: notStoredOnce === 0 && replayMismatch === 0 && rows.length === attempts.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await runFault());
}
