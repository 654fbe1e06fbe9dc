// `npm run bench`: the load comparison, then the fault run. Figures are printed, not asserted.
import { runFault } from './fault.mjs';
import { runLoad } from './load.mjs';

console.log(`load: ${process.env.BENCH_CONNECTIONS ?? 50} connections, ${process.env.BENCH_ROUNDS ?? 3} alternating rounds of ${process.env.BENCH_DURATION ?? 10} s per server`);
console.table(await runLoad());
console.log('fault: SIGKILL during load, restart, retry with the same keys');
const fault = await runFault();
console.table(fault);
if (!fault.ok) process.exitCode = 1;
