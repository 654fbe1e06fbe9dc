import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The `dist` folder of the installed `@npo-gemeenten/workspace`, found the way Node finds the package
 * from here; undefined when it is not installed or not built. No code of it is loaded.
 */
export function locateWorkspace(from: string = import.meta.url): string | undefined {
  try {
    const manifest = createRequire(from).resolve('@npo-gemeenten/workspace/package.json');
    const dist = join(dirname(manifest), 'dist');
    return existsSync(join(dist, 'index.html')) ? dist : undefined;
  } catch {
    return undefined;
  }
}
