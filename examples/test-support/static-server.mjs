// Serves folders from 127.0.0.1 under `Content-Security-Policy: default-src 'self'`, the policy the
// widget promises to work under. Optionally answers POST /api/requests as the intake does (201 with
// a reference) without storing anything, so a page can be tried without running the intake.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const csp = "default-src 'self'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * @param {object} options
 * @param {Array<[string, string]>} options.mounts URL prefix -> folder, most specific first
 * @param {(file: string) => boolean} [options.allow] which files may be served (default: all inside the mounts)
 * @param {boolean} [options.standInIntake] answer POST /api/requests with 201 and record the body in `received`
 * @param {number} [options.port] 0 picks a free port
 */
export function startStaticServer({ mounts, allow = () => true, standInIntake = false, port = 0 }) {
  const folders = mounts.map(([prefix, dir]) => [prefix, dir.endsWith(sep) ? dir : dir + sep]);
  const received = [];

  function fileFor(pathname) {
    for (const [prefix, dir] of folders) {
      if (!pathname.startsWith(prefix)) continue;
      const rest = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
      const file = normalize(join(dir, rest));
      return file.startsWith(dir) ? file : null;
    }
    return null;
  }

  const server = createServer(async (req, res) => {
    const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (standInIntake && pathname === '/api/requests' && req.method === 'POST') {
      let text = '';
      for await (const chunk of req) text += chunk;
      received.push({ idempotencyKey: req.headers['idempotency-key'], body: JSON.parse(text) });
      const count = received.length;
      res.writeHead(201, { ...headers, 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `example-${count}`, reference: `NPO-VOORBEELD-${String(count).padStart(4, '0')}`, status: 'submitted' }));
      return;
    }
    const file = fileFor(pathname);
    try {
      if (!file || !allow(file) || req.method !== 'GET') throw new Error('not served');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      // The browser asks for a favicon on its own; an empty answer keeps the console clean.
      res.writeHead(pathname === '/favicon.ico' ? 204 : 404, headers).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ server, received, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}
