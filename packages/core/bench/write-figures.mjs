// Last step of `npm run bench`: turns Vitest's bench report and the bundle costs measured by
// bench/core.bench.ts into temp/bench.json.
import { benchFiles, vitestFigures } from '@npo-gemeenten/bench/figures';

const { readPackageJson, writeBenchJson } = benchFiles(new URL('..', import.meta.url));

writeBenchJson([
  ...readPackageJson('temp/bench-bundle-cost.json'),
  ...vitestFigures(readPackageJson('temp/bench-vitest.json')),
]);
