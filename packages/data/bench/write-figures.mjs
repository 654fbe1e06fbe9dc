// Last step of `npm run bench`: turns the search latency and module sizes measured by the bench
// files, Vitest's bench report and size-limit's results into temp/bench.json.
import { benchFiles, sizeLimitFigures, vitestFigures } from '@npo-gemeenten/bench/figures';

const { readPackageJson, runSizeLimitJson, writeBenchJson } = benchFiles(new URL('..', import.meta.url));

writeBenchJson([
  ...readPackageJson('temp/bench-search-latency.json'),
  ...vitestFigures(readPackageJson('temp/bench-vitest.json')),
  ...readPackageJson('temp/bench-module-size.json'),
  ...sizeLimitFigures(runSizeLimitJson()),
]);
