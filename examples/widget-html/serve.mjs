// Serves this page and the widget's self-contained build from 127.0.0.1 under
// `Content-Security-Policy: default-src 'self'`, the policy the widget promises to work under.
// index.html loads ../../packages/widget/dist/npo-gemeentecheck.js, so the build is mounted there.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const csp = "default-src 'self'";

const pageDir = fileURLToPath(new URL('.', import.meta.url));
// Resolved through the package, so this is the build that npm would install.
const widgetDist = dirname(fileURLToPath(import.meta.resolve('@npo-gemeenten/widget/npo-gemeentecheck.js'))) + sep;

const mounts = [
  ['/packages/widget/dist/', widgetDist],
  ['/', pageDir],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Maps a URL path to a file inside one of the mounted folders, or null. */
function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const rest = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    const file = normalize(join(dir, rest));
    return file.startsWith(dir) ? file : null;
  }
  return null;
}

/** Starts the server; resolves with it and its origin (port 0 picks a free port). */
export function startServer(port = 0) {
  const server = createServer(async (req, res) => {
    const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = fileFor(pathname);
    // Only the page and the built widget are served, never other files of the repository.
    const allowed = file && (file.startsWith(widgetDist) || ['.html', '.css'].includes(extname(file)));
    try {
      if (!allowed || req.method !== 'GET') throw new Error('not served');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      // The browser asks for a favicon on its own; an empty answer keeps the console clean.
      res.writeHead(pathname === '/favicon.ico' ? 204 : 404, headers).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer(Number(process.env.PORT ?? 0));
  console.log(`Open ${origin}/ (Ctrl+C stops)`);
}
