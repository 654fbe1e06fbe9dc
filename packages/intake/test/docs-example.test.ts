import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const docs = readFileSync(join(packageDir, '../../docs/intake.md'), 'utf8');
const built = existsSync(join(packageDir, 'dist/index.js'));

describe.skipIf(!built)('docs/intake.md (built package)', () => {
  it('has a server example that runs as written against the built package', () => {
    const blocks = [...docs.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(blocks.length).toBeGreaterThan(0);
    // Inside the package folder, so `@npo-gemeenten/intake` resolves to this package.
    mkdirSync(join(packageDir, 'temp'), { recursive: true });
    const dir = mkdtempSync(join(packageDir, 'temp', 'docs-'));
    try {
      blocks.forEach((code, i) => {
        const file = join(dir, `example-${i}.mjs`);
        writeFileSync(
          file,
          `${code}
const response = await handler(new Request('http://127.0.0.1/healthz'));
if (response.status !== 200) throw new Error('healthz answered ' + response.status);
await store.close();
console.log('ok');
`,
        );
        const output = execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
        expect(output.at(-1)).toBe('ok');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
