import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/generate.js';
import { datasetInfo } from '../src/index.js';
import { inputsDir, packageDir } from './helpers.js';

const generatedDir = join(packageDir, 'src', 'generated');

describe('generated modules', () => {
  const fresh = generate(inputsDir);

  it('equal a fresh generation from inputs/ (run `npm run generate` after changing an input)', () => {
    expect(readdirSync(generatedDir).sort()).toEqual([...fresh.keys()].sort());
    for (const [name, content] of fresh) {
      expect(readFileSync(join(generatedDir, name), 'utf8'), `src/generated/${name} is stale`).toBe(content);
    }
  });

  it('are deterministic', () => {
    expect(generate(inputsDir)).toEqual(fresh);
  });

  it('carry a snapshot id that is a hash of the data', () => {
    expect(datasetInfo.snapshotId).toMatch(/^[0-9a-f]{12}$/);
    expect(fresh.get('dataset-info.ts')).toContain(datasetInfo.snapshotId);
  });

  it('name a licence, attribution and a source for every table used', () => {
    expect(datasetInfo).toMatchObject({ licence: 'CC BY 4.0', attribution: 'Bron: CBS', years: [2020, 2021, 2022, 2023, 2024, 2025] });
    const ids = datasetInfo.sources.map((s) => s.tableId);
    expect(ids).toEqual(expect.arrayContaining(['70072ned', '85067NED', '03759ned', '85755NED']));
    expect(datasetInfo.notes.join(' ')).toMatch(/2026.*not included/);
  });

  it('ship no figure from the non-commercial files', () => {
    const shipped = [...fresh.values()].join('\n');
    expect(shipped).not.toMatch(/regioviewer|grenswijzigen|adresmatri/i);
    for (const file of readdirSync(inputsDir)) expect(file).not.toMatch(/regioviewer|grenswijzigen/);
  });
});

describe('the map of the data guide', () => {
  it('equals a fresh rendering from the geo and indicators entries (run `npm run render:map`)', async () => {
    const { mapFile, renderChildrenMap } = await import('../scripts/render-map.js');
    const svg = renderChildrenMap();
    expect(readFileSync(mapFile, 'utf8')).toBe(svg);
    expect(svg.match(/<path fill="#/g)).toHaveLength(342);
    expect(svg).toContain('Bron: CBS, PDOK');
  });
});
