import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { until } from './receivers.js';

/** The built command-line server. */
export const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** A running `npo-intake` process. */
export interface CliProcess {
  child: ChildProcess;
  /** The URL it listens on. */
  url: string;
  /** Its JSON log lines so far. */
  lines(): Record<string, unknown>[];
  exited: Promise<number | null>;
}

/** Starts `npo-intake` with these flags and environment, and waits until it listens. */
export async function startCli(args: string[], env: Record<string, string>): Promise<CliProcess> {
  const child = spawn(process.execPath, [cliPath, '--port', '0', ...args], {
    env: { PATH: process.env.PATH ?? '', NPO_INTAKE_RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = () =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  try {
    await until(() => {
      if (child.exitCode !== null) throw new Error(`npo-intake exited: ${stderr}`);
      return lines().some((l) => l.event === 'listening');
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const url = lines().find((l) => l.event === 'listening')?.url as string;
  return { child, url, lines, exited };
}
