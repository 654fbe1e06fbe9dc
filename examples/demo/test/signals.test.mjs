// `npm start` as a process manager runs it: SIGTERM or SIGINT to the PID it started (npm's) stops
// the page server and the intake, and frees both ports within the shutdown grace period (10 s).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const grace = 10_000;

const portIsFree = (port) =>
  new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

for (const signal of ['SIGTERM', 'SIGINT']) {
  test(`npm start stops on ${signal} to its PID and frees both ports within ${grace / 1000} s`, { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'npo-demo-signal-'));
    // The packages are built (turbo runs this after their build); inside a turbo task npm start skips its own.
    const npm = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start'], {
      cwd: root,
      env: { ...process.env, DEMO_PORT: '0', DEMO_INTAKE_PORT: '0', DEMO_DATA_DIR: dataDir, TURBO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += chunk));
    npm.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => npm.on('exit', (code, sig) => resolve({ code, sig })));
    try {
      const ports = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start did not print its addresses:\n${output}`)), 90_000);
        const look = () => {
          const page = output.match(/Example page: +http:\/\/127\.0\.0\.1:(\d+)/);
          const intake = output.match(/Intake: +http:\/\/127\.0\.0\.1:(\d+)/);
          if (page && intake) {
            clearTimeout(timer);
            resolve([Number(page[1]), Number(intake[1])]);
          }
        };
        npm.stdout.on('data', look);
        exited.then(() => reject(new Error(`npm start exited early:\n${output}`)));
      });
      assert.deepEqual(await Promise.all(ports.map(portIsFree)), [false, false], 'both servers listen');

      const sent = Date.now();
      npm.kill(signal);
      await exited;
      // The server says "Stopped." after closing both servers and the database, just before it exits.
      let free = [];
      while (Date.now() - sent < grace) {
        free = await Promise.all(ports.map(portIsFree));
        if (free.every(Boolean) && output.includes('Stopped.')) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.deepEqual(free, [true, true], `both ports free within ${grace} ms of ${signal}:\n${output}`);
      // Its last line can trail the freed ports on a busy machine.
      for (let waited = 0; waited < grace && !output.includes('Stopped.'); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.match(output, /Stopped\./);
    } finally {
      npm.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
}
