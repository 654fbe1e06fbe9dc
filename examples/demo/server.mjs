// The whole chain on one machine: an example municipality page that embeds <npo-gemeentecheck>
// through the self-contained file, the intake on SQLite behind it, and the staff workspace that the
// intake serves at /admin.
// Run `npm start` from the repository root (it builds what this needs first).
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mailboxPage, startMailbox } from './mailbox.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const publicDir = join(here, 'public') + sep;
export const defaultDataDir = join(here, '.data');
const host = '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

const notBuilt = (what) =>
  new Error(`${what} is not built. From the repository root run: npx turbo run build --filter=@npo-gemeenten/example-demo...`);

/** Folder of the widget's self-contained build, or a clear error when it has not been built yet. */
function widgetDistDir() {
  try {
    return dirname(fileURLToPath(import.meta.resolve('@npo-gemeenten/widget/npo-gemeentecheck.js'))) + sep;
  } catch {
    throw notBuilt('@npo-gemeenten/widget');
  }
}

/** The staff workspace's built files (`dist/` of the installed package), which the intake serves at /admin. */
function workspaceDistDir() {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@npo-gemeenten/workspace/package.json')), 'dist');
    readdirSync(dir);
    return dir;
  } catch {
    throw notBuilt('@npo-gemeenten/workspace');
  }
}

/** Imports a workspace package's build; a missing build gets the same clear message as above. */
async function importBuilt(name) {
  try {
    return await import(name);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') throw notBuilt(name);
    throw error;
  }
}

/** The page's policy: only its own files, and requests only to itself and the intake. */
export function contentSecurityPolicy(intakeOrigin) {
  return `default-src 'self'; connect-src 'self' ${intakeOrigin}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
}

/** Reads the admin token kept in the data folder, or creates one on first start. */
async function adminTokenIn(dataDir) {
  const file = join(dataDir, 'admin-token');
  try {
    const token = (await readFile(file, 'utf8')).trim();
    if (/^[\x21-\x7e]{32,512}$/.test(token)) return { token, file };
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('hex');
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  return { token, file };
}

/**
 * The demo coordinator's personal token, for signing in to the workspace: created with the account on
 * the first start and kept in the data folder (mode 600), like the admin token. A token whose account
 * is gone (a new database) is replaced.
 */
async function coordinatorTokenIn(dataDir, store, createStaffAccount) {
  const file = join(dataDir, 'coordinator-token');
  const email = 'coordinator@demo.invalid';
  const users = await store.listUsers();
  try {
    const token = (await readFile(file, 'utf8')).trim();
    if (users.some((u) => u.email === email && u.revokedAt === null)) return { token, file, email };
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  if (users.some((u) => u.email === email && u.revokedAt === null)) {
    await store.revokeUser(email, { actor: 'demo', clientAddress: null, at: new Date().toISOString() });
  }
  const created = await createStaffAccount(store, { name: 'Demo Coördinator', email, role: 'coordinator', provider: null });
  await writeFile(file, `${created.token}\n`, { mode: 0o600 });
  return { token: created.token, file, email };
}

/**
 * One demo per data folder: SQLite must have a single intake server per file. A lock left by a
 * process that no longer runs is taken over.
 */
const heldLocks = new Set();

async function lockDataDir(dataDir) {
  const file = join(dataDir, 'demo.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      heldLocks.add(file);
      return async () => {
        heldLocks.delete(file);
        await rm(file, { force: true });
      };
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      const held = pid === process.pid ? heldLocks.has(file) : Number.isInteger(pid) && pid > 0 && isRunning(pid);
      if (held) {
        throw new Error(`another demo (process ${pid}) is using ${dataDir}; stop it first`);
      }
      await rm(file, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Listens on `port`; a busy port other than 0 falls back to a free one. */
async function listenWithFallback(start, port) {
  try {
    return await start(port);
  } catch (error) {
    if (error?.code !== 'EADDRINUSE' || port === 0) throw error;
    return start(0);
  }
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(server.address().port);
    });
  });
}

/** Maps a URL path to a file, or null: only the public folder and the widget's build are served. */
function fileFor(pathname, widgetDir) {
  let dir = publicDir;
  let rest = pathname;
  if (pathname.startsWith('/widget/')) {
    // Only the self-contained file and its chunks: what a webmaster copies to the own server.
    const name = pathname.slice('/widget/'.length);
    if (name !== 'npo-gemeentecheck.js' && !/^chunks\/[\w.-]+\.js$/.test(name)) return null;
    dir = widgetDir;
    rest = name;
  } else if (pathname === '/') {
    rest = 'index.html';
  }
  let decoded;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  const file = normalize(join(dir, decoded));
  return file.startsWith(dir) && types[extname(file)] ? file : null;
}

function createPageServer({ widgetDir, intakeOrigin, mails }) {
  return createServer(async (req, res) => {
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy(intakeOrigin()),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    const { pathname } = new URL(req.url ?? '/', `http://${host}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/mails' || pathname === '/mails/') {
      res.writeHead(200, { ...headers, 'Content-Type': types['.html'] }).end(req.method === 'HEAD' ? undefined : mailboxPage(mails));
      return;
    }
    // The workspace moved to the intake's own origin, at /admin.
    if (pathname === '/admin' || pathname.startsWith('/admin/')) {
      res.writeHead(308, { ...headers, Location: `${intakeOrigin()}/admin/` }).end();
      return;
    }
    const file = fileFor(pathname, widgetDir);
    try {
      if (!file) throw Object.assign(new Error('not served'), { code: 'ENOENT' });
      let body = await readFile(file);
      // Pages name the intake's address, which is known only once it listens.
      if (extname(file) === '.html') body = body.toString('utf8').replaceAll('{{INTAKE_ORIGIN}}', intakeOrigin());
      res.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const status = error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500;
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(status === 404 ? 'Niet gevonden' : 'Fout');
    }
  });
}

/**
 * Starts the page server and the intake. Ports default to 8080 and 8787 and fall back to free ones
 * when busy; 0 always picks a free one. `seed` example requests are stored first when the database
 * is empty (default none). Resolves with the addresses, the admin token and `close()`.
 */
export async function startDemo({
  pagePort = 8080,
  intakePort = 8787,
  dataDir = defaultDataDir,
  rateLimit = 60,
  seed = 0,
  log,
} = {}) {
  const widgetDir = widgetDistDir();
  const workspaceDir = workspaceDistDir();
  const intakeApi = await importBuilt('@npo-gemeenten/intake');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const unlock = await lockDataDir(dataDir);
  try {
    return await startLocked({ pagePort, intakePort, dataDir, rateLimit, seed, log, widgetDir, workspaceDir, unlock, intakeApi });
  } catch (error) {
    await unlock();
    throw error;
  }
}

async function startLocked({ pagePort, intakePort, dataDir, rateLimit, seed, log, widgetDir, workspaceDir, unlock, intakeApi }) {
  const { createStaffAccount, openSqliteStore, seedExampleRequests, startIntakeServer } = intakeApi;
  const { token: adminToken, file: tokenFile } = await adminTokenIn(dataDir);
  const dbFile = join(dataDir, 'intake.sqlite');

  // A database that cannot be opened fails the start before anything listens.
  const store = await openSqliteStore({ filename: dbFile });
  let mailbox;
  let coordinator;
  let seeded = 0;
  try {
    coordinator = await coordinatorTokenIn(dataDir, store, createStaffAccount);
    // Example requests from real municipalities, so the lists and figures show something at once.
    if (seed > 0 && (await store.count()) === 0) seeded = await seedExampleRequests(store, { count: seed });
    mailbox = await startMailbox();
  } catch (error) {
    await store.close();
    throw error;
  }
  // The page server listens before the intake: its origin is what the intake must allow.
  let intakeOrigin = '';
  const pageServer = createPageServer({ widgetDir, intakeOrigin: () => intakeOrigin, mails: mailbox.mails });
  let boundPagePort;
  let intake;
  try {
    boundPagePort = await listenWithFallback((port) => listen(pageServer, port), pagePort);
    intake = await listenWithFallback(
      (port) =>
        startIntakeServer({
          store,
          adminToken,
          // The same page reached as localhost is the same machine; allow both spellings.
          allowedOrigins: [`http://${host}:${boundPagePort}`, `http://localhost:${boundPagePort}`],
          // The staff workspace, at /admin on the intake's own origin.
          workspaceDir,
          rateLimit,
          port,
          host,
          // Receipts and coordinator notices go to the local mailbox, shown at /mails.
          outbox: {
            smtpUrl: mailbox.url,
            mailFrom: 'NPO Ondersteuning (demo) <intake@demo.invalid>',
            notifyEmails: ['coordinator@demo.invalid'],
            pollMs: 200,
          },
          ...(log ? { log } : {}),
        }),
      intakePort,
    );
  } catch (error) {
    if (pageServer.listening) pageServer.close();
    await store.close();
    await mailbox.close();
    throw error;
  }
  const pageOrigin = `http://${host}:${boundPagePort}`;
  intakeOrigin = intake.url;

  let closing;
  const close = () =>
    (closing ??= (async () => {
      const pageClosed = new Promise((resolve) => pageServer.close(() => resolve()));
      // Static files only: nothing is lost by dropping idle keep-alive connections now.
      pageServer.closeAllConnections();
      await Promise.all([pageClosed, intake.close()]);
      await mailbox.close();
      await unlock();
    })());

  return {
    pageUrl: `${pageOrigin}/`,
    workspaceUrl: `${intake.url}/admin/`,
    mailsUrl: `${pageOrigin}/mails`,
    mails: mailbox.mails,
    intakeUrl: intake.url,
    endpoint: `${intake.url}/api/requests`,
    adminToken,
    tokenFile,
    /** The demo coordinator's personal token for the workspace's sign-in, and where it is kept. */
    coordinatorToken: coordinator.token,
    coordinatorTokenFile: coordinator.file,
    coordinatorEmail: coordinator.email,
    dataDir,
    dbFile,
    seeded,
    /** Ports that were asked for but busy, so the printout can say why the address differs. */
    busyPorts: [pagePort, intakePort].filter((p, i) => p !== 0 && p !== [boundPagePort, intake.port][i]),
    close,
  };
}

function port(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value > 65535) {
    console.error(`${name} must be a port number from 0 to 65535, got '${raw}'`);
    process.exit(2);
  }
  return value;
}

function count(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) > 100_000) {
    console.error(`${name} must be a number of requests from 0 to 100000, got '${raw}'`);
    process.exit(2);
  }
  return Number(raw);
}

/** What a developer needs after `npm start`: addresses, the token and ready-to-paste curl commands. */
export function startupText(demo, cwd = process.cwd()) {
  const db = relative(cwd, demo.dbFile) || demo.dbFile;
  const api = demo.endpoint;
  // References are NPO-<year of receipt>-<sequence>; the first stored request is number 1.
  const first = `NPO-${new Date().getUTCFullYear()}-000001`;
  const busy = demo.busyPorts?.length ? [`  (port ${demo.busyPorts.join(' and ')} busy: using free ports instead)`, ''] : [];
  return [
    '',
    'NPO gemeentecheck demo is running (Ctrl+C stops it)',
    '',
    ...busy,
    `  Example page:   ${demo.pageUrl}`,
    `  Workspace:      ${demo.workspaceUrl}  (staff: requests, cases, dashboard with a map)`,
    `  Personal token: ${demo.coordinatorToken}`,
    `                  (${demo.coordinatorEmail}, coordinator; kept in ${relative(cwd, demo.coordinatorTokenFile) || demo.coordinatorTokenFile}; paste it at the sign-in)`,
    `  E-mail sent:    ${demo.mailsUrl}  (receipts and coordinator notices, kept locally)`,
    `  Intake:         ${demo.intakeUrl}  (OpenAPI: ${demo.intakeUrl}/api/openapi.json)`,
    `  Database:       ${db}`,
    ...(demo.seeded ? [`                  (${demo.seeded} example requests stored at the first start; DEMO_SEED=0 for none)`] : []),
    `  Admin token:    ${demo.adminToken}`,
    `                  (bootstrap token for the API; kept in ${relative(cwd, demo.tokenFile) || demo.tokenFile})`,
    '',
    'Admin API with curl:',
    `  export NPO_INTAKE_ADMIN_TOKEN=${demo.adminToken}`,
    `  curl -s -H "Authorization: Bearer $NPO_INTAKE_ADMIN_TOKEN" '${api}?limit=20'`,
    `  curl -s -H "Authorization: Bearer $NPO_INTAKE_ADMIN_TOKEN" ${api}/${first}`,
    `  curl -s -H "Authorization: Bearer $NPO_INTAKE_ADMIN_TOKEN" -H 'Content-Type: application/json' \\`,
    `    -d '{"to":"intake","note":"Gebeld"}' ${api}/${first}/transitions`,
    `  curl -s -H "Authorization: Bearer $NPO_INTAKE_ADMIN_TOKEN" -o aanvragen.csv ${demo.intakeUrl}/api/requests.csv`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  let demo;
  let stopping = false;
  let pending;
  const stop = async (signal) => {
    // A signal while starting is kept and acted on once the servers are up (see below).
    if (demo === undefined) return void (pending ??= signal);
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping (finishing requests, closing the database)...`);
    try {
      await demo.close();
      console.log('Stopped.');
      process.exit(0);
    } catch (error) {
      console.error(`demo: could not stop cleanly: ${error.message}`);
      process.exit(1);
    }
  };
  // Listening before anything else: until a handler is set, SIGINT and SIGTERM end node at once,
  // without closing the database, and a busy machine can deliver one right after the addresses show.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    demo = await startDemo({
      pagePort: port('DEMO_PORT', 8080),
      intakePort: port('DEMO_INTAKE_PORT', 8787),
      dataDir: process.env.DEMO_DATA_DIR || defaultDataDir,
      // One line per answered request: route and status only, never personal data.
      log: (entry) => console.log(`intake: ${entry.method} ${entry.route} ${entry.status}${entry.note ? ` (${entry.note})` : ''}`),
    });
  } catch (error) {
    console.error(`demo: ${error.message}`);
    process.exit(1);
  }
  console.log(startupText(demo));
  if (pending !== undefined) void stop(pending);
  // npm passes a SIGTERM or SIGINT sent to its PID to the shell that runs the script. The start
  // scripts `exec` node, so the shell becomes this process; where a shell stays in between and exits
  // on the signal without passing it on, a new parent means "stop" too.
  if (process.env.npm_command !== undefined) {
    const parent = process.ppid;
    setInterval(() => process.ppid !== parent && void stop('parent exited'), 200).unref();
  }
}
