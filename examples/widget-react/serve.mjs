// Serves the built app (dist/) from 127.0.0.1 under `Content-Security-Policy: default-src 'self'`,
// with a stand-in for the intake at POST /api/requests that answers as the intake does and stores nothing.
// `npm run preview` after `npm run build`; the test uses it too.
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '@npo-gemeenten/example-test-support/static-server';

/** Starts the server (port 0 picks a free port); `received` collects what the widget POSTed. */
export function startServer(port = 0) {
  return startStaticServer({ mounts: [['/', fileURLToPath(new URL('dist/', import.meta.url))]], standInIntake: true, port });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer(Number(process.env.PORT ?? 0));
  console.log(`Open ${origin}/ (Ctrl+C stops)`);
}
