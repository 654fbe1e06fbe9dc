// Loads a TypeScript module of the widget in Node (for the manifest and the docs table).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function loadModule(relativePath) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../${relativePath}`, import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
