import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Minified and gzipped size of a bundle that imports the given names from the built package. */
export interface BundleCost {
  names: readonly string[];
  minifiedBytes: number;
  gzippedBytes: number;
}

/** Bundles `import { ...names } from distEntry` with esbuild (minified, tree-shaken) and measures it. */
export async function measureBundleCost(names: readonly string[], distEntry: string): Promise<BundleCost> {
  const contents = `import { ${names.join(', ')} } from ${JSON.stringify(distEntry)};\nglobalThis.__keep = [${names.join(', ')}];\n`;
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { names, minifiedBytes: code.byteLength, gzippedBytes: gzipSync(code, { level: 9 }).byteLength };
}
