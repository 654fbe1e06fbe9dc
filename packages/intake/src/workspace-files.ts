import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app-env.js';

/** The workspace's CSP: its own files only, no inline script or style, no third party. */
export const workspaceCsp = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The answer at /admin when the workspace package is not there. */
export const workspaceMissingText = 'The workspace is not installed: npm install @npo-gemeenten/workspace\n';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Whether a path is the workspace's. */
export function isWorkspacePath(path: string): boolean {
  return path === '/admin' || path.startsWith('/admin/');
}

/** Headers of every answer under /admin: the strict CSP, and nothing for other sites to embed. */
export const workspaceHeaders = secureHeaders({
  contentSecurityPolicy: workspaceCsp,
  crossOriginResourcePolicy: 'same-origin',
});

async function fileIn(root: string, relative: string): Promise<string | undefined> {
  const path = resolve(root, `.${relative}`);
  // Never outside the folder, whatever the URL says (`..`, encoded or not, was resolved above).
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    return (await stat(path)).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

async function send(c: Context<AppEnv>, path: string): Promise<Response> {
  const body = await readFile(path);
  c.header('Content-Type', types[extname(path)] ?? 'application/octet-stream');
  // The files are not fingerprinted: the browser asks again, so an upgrade shows at once.
  c.header('Cache-Control', 'no-cache');
  return c.req.method === 'HEAD' ? c.body(null) : c.body(new Uint8Array(body));
}

/**
 * Serves the workspace's built files (`dir`, its `dist` folder) at /admin/: a path that is not a file
 * gets index.html, for the app's own routes. `null`: the workspace is missing, /admin says so.
 */
export function registerWorkspaceRoutes(app: Hono<AppEnv>, dir: string | null): void {
  const root = dir === null ? null : resolve(dir);
  // Relative URLs in index.html (./app.js) resolve under /admin/ only with the slash.
  app.get('/admin', (c) => c.redirect('/admin/', 308));
  app.on(['GET', 'HEAD'], '/admin/*', async (c) => {
    if (root === null) {
      c.header('Cache-Control', 'no-store');
      return c.text(workspaceMissingText, 404);
    }
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path.slice('/admin'.length));
    } catch {
      relative = '/';
    }
    const file = (relative.includes('\0') ? undefined : await fileIn(root, relative)) ?? (await fileIn(root, '/index.html'));
    if (file === undefined) {
      c.header('Cache-Control', 'no-store');
      return c.text(workspaceMissingText, 404);
    }
    return send(c, file);
  });
}
