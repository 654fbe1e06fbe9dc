// `npm run smoke:tarballs` (root): the packages as a stranger gets them. Packs the five packages
// (`prepack` builds each), installs the tarballs into a new folder under the OS temp dir, outside
// the workspace, and runs each audience's getting-started code against that install:
//   developer  - the core and data script of docs/getting-started.md, in Node;
//   webmaster  - the two pasted lines of the same page, served with the installed widget's files,
//                walked to an outcome by keyboard in Chromium;
//   provider   - `npx npo-intake` from the install, sent the curl block of docs/intake.md, the
//                workspace found at /admin, then stopped with SIGTERM to the PID that started it.
// Exits non-zero with the failing step's output. NPO_SMOKE_KEEP=1 keeps the folder.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectBlocks } from '../test/blocks.mjs';
import { toJs } from '../test/check-blocks.mjs';
import { launch, openTab } from '@npo-gemeenten/example-test-support/browser';
import { startStaticServer } from '@npo-gemeenten/example-test-support/static-server';
import { answerQuestions, chooseByKeyboard } from '@npo-gemeenten/example-test-support/widget-flow';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = join(root, 'docs');
const packages = ['core', 'data', 'widget', 'intake', 'workspace'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const step = (text) => console.log(`smoke: ${text} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

/** The fenced blocks of one language in one section (from `heading` to the next heading of its level). */
function sectionBlocks(doc, heading, lang) {
  const lines = readFileSync(join(docsDir, doc), 'utf8').split('\n');
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, `${doc} has the section "${heading}"`);
  const level = heading.match(/^#+/)[0].length;
  const blocks = [];
  let block;
  for (const line of lines.slice(start + 1)) {
    if (block === undefined && /^```/.test(line)) block = { lang: line.slice(3).trim().split(/\s+/)[0], lines: [] };
    else if (block !== undefined && /^```\s*$/.test(line)) {
      if (block.lang === lang) blocks.push(`${block.lines.join('\n')}\n`);
      block = undefined;
    } else if (block !== undefined) block.lines.push(line);
    else if ((line.match(/^(#+) /)?.[1].length ?? Infinity) <= level) break;
  }
  return blocks;
}

const work = mkdtempSync(join(tmpdir(), 'npo-smoke-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
let exitCode = 0;
try {
  step(`packing ${packages.join(', ')} into ${tarballs}`);
  mkdirSync(tarballs);
  execFileSync(npm, ['pack', '--silent', ...packages.flatMap((p) => ['--workspace', `packages/${p}`]), '--pack-destination', tarballs], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const files = readdirSync(tarballs).filter((f) => f.endsWith('.tgz'));
  assert.equal(files.length, packages.length, `one tarball per package: ${files.join(', ')}`);

  step('installing the tarballs into a new folder, as the getting-started page says');
  mkdirSync(app);
  // The native SQLite driver compiles on install, which takes minutes. The workspace has compiled
  // the same version for this Node already: it is offered as a local prebuild, which the driver's
  // install step (prebuild-install) takes instead of compiling. What this checks is our packages.
  const prebuilds = join(work, 'prebuilds');
  const sqliteDir = dirname(createRequire(join(root, 'packages/intake/package.json')).resolve('better-sqlite3/package.json'));
  const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
  mkdirSync(prebuilds);
  execFileSync('tar', [
    'czf',
    join(prebuilds, `better-sqlite3-v${sqliteVersion}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`),
    '-C',
    sqliteDir,
    'build/Release/better_sqlite3.node',
  ]);
  // better-sqlite3 compiles on install; npm 11 runs only the install scripts a project allows.
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'npo-smoke', private: true, type: 'module', allowScripts: { 'better-sqlite3': true } }, null, 2)}\n`);
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', ...files.map((f) => join(tarballs, f))], {
    cwd: app,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, npm_config_workspaces: 'false', npm_config_better_sqlite3_local_prebuilds: prebuilds },
  });

  step('developer: the core and data script of docs/getting-started.md');
  const { blocks } = collectBlocks();
  const developer = blocks.find((b) => b.doc === 'getting-started.md' && b.code.includes("from '@npo-gemeenten/data'"));
  assert.ok(developer, 'getting-started.md has the developer script');
  writeFileSync(join(app, 'developer.mjs'), toJs(developer.code));
  const printed = execFileSync(process.execPath, ['developer.mjs'], { cwd: app, encoding: 'utf8' });
  assert.match(printed, /\w+: (met|doubt|not-met|unknown|info) - /);

  step('webmaster: the pasted tag with the installed widget files, in Chromium');
  const site = join(work, 'site');
  const assets = join(site, 'assets/npo-gemeentecheck');
  const widgetDist = join(app, 'node_modules/@npo-gemeenten/widget/dist');
  mkdirSync(assets, { recursive: true });
  cpSync(join(widgetDist, 'npo-gemeentecheck.js'), join(assets, 'npo-gemeentecheck.js'));
  cpSync(join(widgetDist, 'chunks'), join(assets, 'chunks'), { recursive: true });
  const [tag] = sectionBlocks('getting-started.md', '## Webmaster: the tag', 'html');
  assert.match(tag ?? '', /<npo-gemeentecheck/);
  // The page posts to the stand-in intake of the static server, on its own origin.
  const page = tag.replace(/endpoint="[^"]*"/, 'endpoint="/api/requests"');
  writeFileSync(join(site, 'index.html'), `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title></head>\n<body><main>\n${page}</main></body></html>\n`);
  const { server, origin } = await startStaticServer({ mounts: [['/', site]], standInIntake: true });
  const browser = await launch();
  try {
    const { tab, problems, requests, violations } = await openTab(browser);
    await tab.goto(`${origin}/`);
    await chooseByKeyboard(tab, 'Vaals');
    await answerQuestions(tab);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(origin)), []);
    assert.ok(requests.some((url) => url.includes('/assets/npo-gemeentecheck/chunks/')), 'the lazy chunks came from the copied folder');
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }

  step('provider: npx npo-intake from the install, the curl block of docs/intake.md, then SIGTERM');
  const dataDir = join(work, 'intake-data');
  mkdirSync(dataDir);
  const intake = spawn('npx', ['npo-intake', '--db', join(dataDir, 'intake.db'), '--port', '0'], {
    cwd: app,
    env: { ...process.env, NPO_INTAKE_ADMIN_TOKEN: 'a'.repeat(40) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  intake.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => intake.on('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npo-intake did not start within 30 s:\n${output}`)), 30_000);
    intake.stdout.on('data', () => {
      const listening = output.match(/"event":"listening","url":"([^"]+)"/);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    });
    exited.then(({ code }) => reject(new Error(`npo-intake exited with ${code}:\n${output}`)));
  });
  const [curl] = sectionBlocks('intake.md', '### Posting a request with curl', 'sh');
  assert.match(curl ?? '', /curl /);
  const answer = execFileSync('bash', ['-euo', 'pipefail', '-c', curl.replaceAll('http://127.0.0.1:8787', url)], { cwd: app, encoding: 'utf8' });
  assert.match(answer, /"reference":"NPO-\d{4}-\d{6}"/, answer);
  assert.match(answer, /"status":"submitted"/, answer);
  // The installed workspace is served at /admin/, its client routes too, under the strict CSP.
  for (const path of ['/admin/', '/admin/overzicht']) {
    const page = await fetch(`${url}${path}`);
    assert.equal(page.status, 200, path);
    assert.match(await page.text(), /<npo-workspace>/, path);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/, path);
  }
  const script = await fetch(`${url}/admin/app.js`);
  assert.equal(script.status, 200);
  assert.match(script.headers.get('content-type') ?? '', /javascript/);

  intake.kill('SIGTERM');
  const stoppedBy = Date.now() + 10_000;
  const { code, signal } = await Promise.race([exited, new Promise((_, reject) => setTimeout(() => reject(new Error('npx npo-intake still runs 10 s after SIGTERM')), 10_000))]);
  // npm ends itself with the signal it passed on, once its child is gone.
  assert.ok(code === 0 || signal === 'SIGTERM', `npx ended with ${code ?? signal}`);
  assert.ok(Date.now() <= stoppedBy);
  // The port is free again: nothing (an orphaned node) still listens on it.
  const port = Number(new URL(url).port);
  const isFree = () => new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  // npx may end before the server has finished: the port must be free within the 10 s grace.
  while (!(await isFree())) {
    if (Date.now() > stoppedBy) throw new Error(`port ${port} still in use 10 s after SIGTERM`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  step('all audiences passed against the tarballs');
} catch (error) {
  console.error(`smoke: FAILED: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  if (process.env.NPO_SMOKE_KEEP) console.log(`smoke: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
