// `npm run bench`: the load comparison, the fault run, then the staff views at volume. Figures are printed, not asserted,
// and written to temp/bench.json for the table of all packages.
import { benchFiles } from '@npo-gemeenten/bench/figures';
import { faultFigures, loadFigures } from './figures.mjs';
import { runFault } from './fault.mjs';
import { runLoad } from './load.mjs';
import { runVolume, volumeFigures } from './volume.mjs';

const { writeBenchJson } = benchFiles(new URL('..', import.meta.url));

const setup = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  duration: Number(process.env.BENCH_DURATION ?? 10),
};
console.log(`load: ${setup.connections} connections, ${setup.rounds} alternating rounds of ${setup.duration} s per server`);
const load = await runLoad();
console.table(load);
console.log('fault: SIGKILL during load, restart, retry with the same keys');
const fault = await runFault();
console.table(fault);
console.log(`volume: ${process.env.BENCH_VOLUME ?? 10_000} stored requests on SQLite, the list's first page and the dashboard's figures`);
const volume = await runVolume();
console.log(`seeded in ${volume.seedMs} ms`);
console.table(volume.rows);
writeBenchJson([...load.flatMap((row) => loadFigures(row, setup)), ...faultFigures(fault), ...volumeFigures(volume)]);
if (!fault.ok) process.exitCode = 1;
