// `npm run bench`: the load comparison, then the fault run. Figures are printed, not asserted,
// and written to temp/bench.json for the table of all packages.
import { benchFiles } from '@npo-gemeenten/bench/figures';
import { faultFigures, loadFigures } from './figures.mjs';
import { runFault } from './fault.mjs';
import { runLoad } from './load.mjs';

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
writeBenchJson([...load.flatMap((row) => loadFigures(row, setup)), ...faultFigures(fault)]);
if (!fault.ok) process.exitCode = 1;
