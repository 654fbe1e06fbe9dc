import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceMissingText } from '../src/workspace-files.js';
import { locateWorkspace } from '../src/workspace-location.js';
import { startCli } from './cli-process.js';
import { startTestServer, type TestServer } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'npo-intake-workspace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** A built workspace as the package ships it: dist/ with index.html and its assets. */
function fakeDist(): string {
  const dist = join(dir, 'node_modules', '@npo-gemeenten', 'workspace', 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, '..', 'package.json'), JSON.stringify({ name: '@npo-gemeenten/workspace', exports: { './package.json': './package.json' } }));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Werkplek</title><script type="module" src="./app.js"></script>');
  writeFileSync(join(dist, 'app.js'), 'export {};');
  writeFileSync(join(dist, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  return dist;
}

describe('the workspace at /admin/', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it('serves the built files with a strict CSP, and index.html for any other path below it', async () => {
    const t = await startTestServer({ workspaceDir: fakeDist() });
    servers.push(t);
    const redirect = await fetch(`${t.url}/admin`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('Location')).toBe('/admin/');
    for (const [path, type, text] of [
      ['/admin/', 'text/html; charset=utf-8', 'Werkplek'],
      ['/admin/app.js', 'text/javascript; charset=utf-8', 'export {};'],
      ['/admin/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
      ['/admin/requests/0b7f8a52-5d43-4c1e-9a0e-1f6a2c3d4e01', 'text/html; charset=utf-8', 'Werkplek'],
      ['/admin/overzicht?status=intake', 'text/html; charset=utf-8', 'Werkplek'],
      ['/admin/..%2F..%2F..%2F..%2Fsecret.txt', 'text/html; charset=utf-8', 'Werkplek'],
    ] as const) {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Content-Type'), path).toBe(type);
      expect(response.headers.get('Content-Security-Policy'), path).toBe(csp);
      expect(response.headers.get('X-Frame-Options'), path).toBe('SAMEORIGIN');
      expect(await response.text(), path).toContain(text);
    }
    // The API keeps its own policy.
    expect((await fetch(`${t.url}/healthz`)).headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect((await fetch(`${t.url}/admin/`, { method: 'POST' })).status).toBe(404);
  });

  it('says how to install the workspace when it is missing, and is not there when turned off', async () => {
    const missing = await startTestServer({ workspaceDir: null });
    servers.push(missing);
    const answer = await fetch(`${missing.url}/admin/`);
    expect(answer.status).toBe(404);
    expect(await answer.text()).toBe(workspaceMissingText);
    const off = await startTestServer();
    servers.push(off);
    const none = await fetch(`${off.url}/admin/`);
    expect(none.status).toBe(404);
    expect(((await none.json()) as { error: string }).error).toBe('not-found');
  });

  it('finds the installed package the way Node resolves it, and only when built', () => {
    const dist = fakeDist();
    const from = pathToFileURL(join(dir, 'server.js')).href;
    expect(locateWorkspace(from)).toBe(dist);
    rmSync(join(dist, 'index.html'));
    expect(locateWorkspace(from)).toBeUndefined();
    expect(locateWorkspace(pathToFileURL(join(tmpdir(), 'elsewhere', 'server.js')).href)).toBeUndefined();
  });

  it('is served by the CLI unless --no-workspace', async () => {
    const db = join(dir, 'cli.db');
    const on = await startCli(['--db', db], {});
    const off = await startCli(['--db', join(dir, 'cli-off.db'), '--no-workspace'], {});
    try {
      const installed = locateWorkspace(pathToFileURL(join(process.cwd(), 'dist', 'cli.js')).href);
      const answer = await fetch(`${on.url}/admin/`);
      if (installed === undefined) {
        expect(answer.status).toBe(404);
        expect(await answer.text()).toBe(workspaceMissingText);
      } else {
        expect(answer.status).toBe(200);
        expect(answer.headers.get('Content-Security-Policy')).toBe(csp);
      }
      const none = await fetch(`${off.url}/admin/`);
      expect(none.status).toBe(404);
      expect(none.headers.get('Content-Type')).toMatch(/^application\/json/);
    } finally {
      on.child.kill('SIGTERM');
      off.child.kill('SIGTERM');
      await Promise.all([on.exited, off.exited]);
    }
  });
});
