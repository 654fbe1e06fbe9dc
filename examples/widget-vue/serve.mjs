// Serves the built app (dist/) from 127.0.0.1 under `Content-Security-Policy: default-src 'self'`,
// with a stand-in for the intake at POST /api/requests that answers as the intake does and stores nothing.
// `npm run preview` after `npm run build`; the test uses it too.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const csp = "default-src 'self'";

const distDir = fileURLToPath(new URL('dist/', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Starts the server (port 0 picks a free port). `received` collects the bodies POSTed to the stand-in
 * endpoint, so a test can check what the widget sent.
 */
export function startServer(port = 0) {
  const received = [];
  let count = 0;
  const server = createServer(async (req, res) => {
    const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/api/requests' && req.method === 'POST') {
      let text = '';
      for await (const chunk of req) text += chunk;
      received.push({ idempotencyKey: req.headers['idempotency-key'], body: JSON.parse(text) });
      count += 1;
      const reference = `NPO-VOORBEELD-${String(count).padStart(4, '0')}`;
      res.writeHead(201, { ...headers, 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `example-${count}`, reference, status: 'submitted' }));
      return;
    }
    const file = normalize(join(distDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    try {
      if (!file.startsWith(distDir) || req.method !== 'GET') throw new Error('not served');
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer(Number(process.env.PORT ?? 0));
  console.log(`Open ${origin}/ (Ctrl+C stops)`);
}
