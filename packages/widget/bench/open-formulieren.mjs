// The published bundle of the Open Formulieren SDK, the form SDK Dutch municipalities often embed,
// fetched for the comparison only: it is no dependency of this repository. `npm pack` puts the
// package in a temporary folder; without a registry the comparison is skipped, not failed.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const openFormulierenSdk = '@open-formulieren/sdk@3.3.0';
const bundlePath = 'package/dist/open-forms-sdk.js';

/**
 * `{ file, remove }` for the SDK's browser bundle, or `{ skipped }` with the reason when it could
 * not be fetched (no registry, say).
 * @returns {Promise<{ file: string, remove: () => Promise<void> } | { skipped: string }>}
 */
export async function fetchOpenFormulierenBundle() {
  const dir = await mkdtemp(join(tmpdir(), 'npo-bench-open-formulieren-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const { stdout } = await run('npm', ['pack', openFormulierenSdk, '--pack-destination', dir, '--silent'], { timeout: 180_000 });
    const tarball = stdout.trim().split('\n').at(-1) ?? '';
    await run('tar', ['-xzf', join(dir, tarball), '-C', dir, bundlePath], { timeout: 60_000 });
    return { file: join(dir, bundlePath), remove };
  } catch (error) {
    await remove();
    const detail = String(/** @type {{ stderr?: string }} */ (error).stderr || error).trim().split('\n')[0];
    return { skipped: `\`npm pack ${openFormulierenSdk}\` failed (is the npm registry reachable?): ${detail}` };
  }
}
