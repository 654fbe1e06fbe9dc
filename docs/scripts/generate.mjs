// `npm run generate` in docs/: regenerates what docs/ derives from the packages: the API reference
// (docs/api/, from the api-extractor doc models), rules.md (from currentPolicy), texts.md (from the
// message and catalogue modules of core and the widget) and the size table of core.md (from core's
// .size-limit.json). No build or test
// runs it: the docs tests compare these files in memory with a fresh generation, and fail on drift.
// With --check it only compares, like the tests.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffApiReference, findDocModels, generateApiReference } from './api-reference.mjs';
import { renderRulesDoc, rulesFile } from './rules-doc.mjs';
import { collectTexts, renderTextsDoc, textsFile } from './texts.mjs';
import { coreGuideFile, renderCoreGuide } from './size-budgets.mjs';

const check = process.argv.includes('--check');
const apiDir = fileURLToPath(new URL('../api/', import.meta.url));

const texts = renderTextsDoc(await collectTexts());
const { missing } = findDocModels();
if (missing.length > 0) console.warn(`docs: no doc model (packages/<name>/temp/<name>.api.json) for ${missing.join(', ')}`);

if (check) {
  const problems = diffApiReference(apiDir).map((d) => `docs/api/ ${d}`);
  if (readFileSync(rulesFile, 'utf8') !== renderRulesDoc()) problems.push('docs/rules.md differs from the template and currentPolicy');
  if (!existsSync(textsFile) || readFileSync(textsFile, 'utf8') !== texts) problems.push('docs/texts.md differs from the texts of core and the widget');
  if (readFileSync(coreGuideFile, 'utf8') !== renderCoreGuide()) problems.push("the size table of docs/core.md differs from packages/core/.size-limit.json");
  if (problems.length > 0) {
    console.error(`docs: out of date (run \`npm run build\` in docs/ without CI set, and commit):\n  ${problems.slice(0, 20).join('\n  ')}`);
    process.exit(1);
  }
  console.log('docs: docs/api/, rules.md, texts.md and the size table of core.md are up to date');
} else {
  const { documented } = generateApiReference(apiDir);
  console.log(`docs: API reference for ${documented.join(', ')} in docs/api/`);
  writeFileSync(rulesFile, renderRulesDoc());
  console.log('docs: rules.md from scripts/rules.template.md and currentPolicy');
  writeFileSync(textsFile, texts);
  console.log('docs: texts.md from the texts of core and the widget');
  writeFileSync(coreGuideFile, renderCoreGuide());
  console.log("docs: the size table of core.md from packages/core/.size-limit.json");
}
