// A package's `npm run api`: one API Extractor report for every entry point in its `exports` that has
// type declarations, so no public entry point changes unreviewed. The main entry (`.`) keeps the
// report `etc/<name>.api.md` and writes the doc model for docs/api; `./latest` gets
// `etc/<name>-latest.api.md`, and so on. Like `api-extractor run`, it fails when a report differs
// from the code, unless `--local` is given, which rewrites the reports. A report in etc/ that belongs
// to no entry point fails as well.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

/** `{ subpath, types, reportName }` for each entry point of `exports` with an ESM declaration file. */
export function entryPoints(packageJson) {
  const unscoped = packageJson.name.replace(/^@[^/]+\//, '');
  const typesOf = (target) => {
    if (typeof target === 'string') return target.endsWith('.d.ts') ? target : undefined;
    if (target === null || typeof target !== 'object') return undefined;
    if (typeof target.types === 'string') return target.types;
    return typesOf(target.import) ?? typesOf(target.default);
  };
  return Object.entries(packageJson.exports ?? {})
    .map(([subpath, target]) => ({ subpath, types: typesOf(target) }))
    .filter((entry) => entry.types !== undefined)
    .map(({ subpath, types }) => ({
      subpath,
      types,
      reportName: subpath === '.' ? unscoped : `${unscoped}-${subpath.replace(/^\.\//, '').replace(/\.js$/, '').replace(/[^A-Za-z0-9-]+/g, '-')}`,
    }));
}

/** Runs API Extractor for each entry point; returns the problems (empty when every report is current). */
export function runApiReports(packageDir, { local = false } = {}) {
  const packageJsonFullPath = join(packageDir, 'package.json');
  const packageJson = JSON.parse(readFileSync(packageJsonFullPath, 'utf8'));
  const configFile = join(packageDir, 'api-extractor.json');
  const problems = [];
  const entries = entryPoints(packageJson);
  for (const entry of entries) {
    const configObject = ExtractorConfig.loadFile(configFile);
    configObject.mainEntryPointFilePath = join(packageDir, entry.types);
    configObject.apiReport = { ...configObject.apiReport, reportFileName: entry.reportName };
    // Only the main entry's doc model feeds the API reference.
    if (entry.subpath !== '.') configObject.docModel = { ...configObject.docModel, enabled: false };
    const config = ExtractorConfig.prepare({ configObject, configObjectFullPath: configFile, packageJsonFullPath });
    const result = Extractor.invoke(config, {
      localBuild: local,
      printApiReportDiff: true,
      // The preamble ("Analysis will use the bundled TypeScript ...") repeats for each entry point.
      messageCallback: (message) => {
        if (message.messageId === 'console-preamble') message.handled = true;
      },
    });
    if (!result.succeeded) {
      problems.push(
        result.apiReportChanged
          ? `etc/${entry.reportName}.api.md differs from ${entry.subpath} (${entry.types}): review temp/${entry.reportName}.api.md, then run \`npm run api -- --local\``
          : `${entry.subpath}: API Extractor reported ${result.errorCount} error(s) and ${result.warningCount} warning(s)`,
      );
    }
  }
  const etc = join(packageDir, 'etc');
  const expected = new Set(entries.map((entry) => `${entry.reportName}.api.md`));
  if (existsSync(etc)) {
    for (const file of readdirSync(etc).filter((name) => name.endsWith('.api.md') && !expected.has(name))) {
      problems.push(`etc/${file} belongs to no entry point in exports: delete it`);
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = runApiReports(process.cwd(), { local: process.argv.includes('--local') });
  if (problems.length > 0) {
    console.error(`api: ${problems.join('\napi: ')}`);
    process.exit(1);
  }
}
