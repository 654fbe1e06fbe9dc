// Serves this page and the widget's self-contained build from 127.0.0.1 under
// `Content-Security-Policy: default-src 'self'`, the policy the widget promises to work under.
// index.html loads ../../packages/widget/dist/npo-gemeentecheck.js, so the build is mounted there.
import { dirname, extname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '@npo-gemeenten/example-test-support/static-server';

export { csp } from '@npo-gemeenten/example-test-support/static-server';

const pageDir = fileURLToPath(new URL('.', import.meta.url));
// Resolved through the package, so this is the build that npm would install.
const widgetDist = dirname(fileURLToPath(import.meta.resolve('@npo-gemeenten/widget/npo-gemeentecheck.js'))) + sep;

/** Starts the server; resolves with it and its origin (port 0 picks a free port). */
export function startServer(port = 0) {
  return startStaticServer({
    mounts: [
      ['/packages/widget/dist/', widgetDist],
      ['/', pageDir],
    ],
    // Only the page and the built widget are served, never other files of the repository.
    allow: (file) => file.startsWith(widgetDist) || ['.html', '.css'].includes(extname(file)),
    port,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer(Number(process.env.PORT ?? 0));
  console.log(`Open ${origin}/ (Ctrl+C stops)`);
}
