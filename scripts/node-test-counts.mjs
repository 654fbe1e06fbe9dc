// A node:test reporter that prints nothing and writes the run's counts to temp/test-results.json
// in the working directory (the package), where the root `npm test` sums them. Use it beside the
// spec reporter: --test-reporter=spec --test-reporter-destination=stdout
//                 --test-reporter=<this file> --test-reporter-destination=stdout
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* testCounts(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    const { details, skip, todo } = event.data ?? {};
    if (event.type === 'test:pass' && details?.type !== 'suite') {
      if (skip || todo) counts.skipped += 1;
      else counts.passed += 1;
    }
    // A suite fails on its own (a hook, a throw while collecting) or because a test in it failed,
    // which is already counted.
    if (event.type === 'test:fail' && (details?.type !== 'suite' || details.error?.failureType !== 'subtestsFailed')) counts.failed += 1;
  }
  mkdirSync('temp', { recursive: true });
  writeFileSync('temp/test-results.json', `${JSON.stringify({ runner: 'node:test', ...counts })}\n`);
}
