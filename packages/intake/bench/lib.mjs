import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Core's example request (from the built core package), used as the body template. */
export async function exampleRequest() {
  const core = await import('@npo-gemeenten/core');
  return core.exampleSupportRequest;
}

/** A fresh valid body and its key. */
export function makeBody(template) {
  const key = randomUUID();
  return { key, body: JSON.stringify({ ...template, clientRequestId: key }) };
}

/** Starts a child process that prints a JSON `listening` line with its url. */
export function startChild(args, env = {}) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (d) => {
      buffer += d;
      for (const line of buffer.split('\n')) {
        if (line.includes('"listening"')) {
          child.stdout.off('data', onData);
          // Drain the access log so the pipe never fills and stalls the server.
          child.stdout.on('data', () => undefined);
          resolve(JSON.parse(line).url);
          return;
        }
      }
    };
    child.stdout.on('data', onData);
    exited.then(({ code }) => reject(new Error(`server exited early (${code}): ${stderr}`)));
  });
  return { child, url, exited, stderr: () => stderr };
}

/** CPU time (user + system, ms) a child has used so far, from /proc; null where /proc is missing. */
export function cpuMs(child) {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

export async function stopChild(server) {
  server.child.kill('SIGTERM');
  return server.exited;
}

export function sqliteRows(file, table) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT * FROM ${table}`).all();
  } finally {
    db.close();
  }
}

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
