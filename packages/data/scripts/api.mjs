// `npm run api [-- --local]`: the API report of the main entry and of each entry point that the main entry
// does not re-export (indicators, geo), each in etc/.
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
for (const config of ['api-extractor.json', 'api-extractor.indicators.json', 'api-extractor.geo.json']) {
  execFileSync('api-extractor', ['run', '-c', config, ...args], { stdio: 'inherit' });
}
