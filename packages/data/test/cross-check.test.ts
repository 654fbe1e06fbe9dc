// Figures checked against independent CBS files covering the same year (SOURCES.md). The non-commercial
// files (regioviewer, grenswijzigen) are used here only, read from ../shared/data/raw, and never copied or shipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFiles } from '../scripts/lib/config.js';
import { splitSeats } from '../src/generated/mergers.js';
import { mergers } from '../src/mergers.js';
import { getMunicipality, listMunicipalities, type ReferenceYear, schoolDisadvantageHint, schoolDisadvantageScore } from '../src/index.js';
import { crossCheckDir, csv, hasRawDir, inputsDir, rawDir } from './helpers.js';

function population(year: ReferenceYear): Map<string, number | null> {
  return new Map(listMunicipalities({ year }).map((m) => [m.code, m.inhabitants]));
}

function byName(year: ReferenceYear): Map<string, string> {
  return new Map(listMunicipalities({ year }).map((m) => [m.name, m.code]));
}

/** StatLine labels: "Groningen (gemeente)" -> "Groningen". */
function statlineName(label: string): string {
  return label.replace(/ \(gemeente\)$/, '');
}

describe('population cross-checks', () => {
  it('2020: equals the minvws copy of Gebieden in Nederland 2020 for all 355', () => {
    const rows = csv(join(crossCheckDir, 'minvws_inhabitants_per_municipality_2020.csv'));
    expect(rows).toHaveLength(355);
    const shipped = population(2020);
    for (const row of rows) expect(shipped.get(row.GMCODE ?? '')).toBe(Number(row.INHABITANTS));
  });

  it('2020-2023: the coded 70072ned input reproduces the StatLine export it was derived from', () => {
    const raw = csv(join(crossCheckDir, 'cbs_70072ned_regionale_kerncijfers_bevolking_2020_2023_dawr2024covid.csv'));
    const column = 'Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)';
    const rawValue = new Map(raw.map((r) => [`${r.Perioden}|${r["Regio's"]}`, r[column]]));
    const coded = csv(join(inputsDir, inputFiles.kerncijfers));
    expect(coded).toHaveLength(355 + 352 + 345 + 342);
    for (const row of coded) {
      expect(rawValue.get(`${row.year}|${row.regio_label_statline}`)).toBe(row.population_1jan);
    }
    for (const year of [2020, 2021, 2022, 2023]) {
      const filled = raw.filter((r) => r.Perioden === String(year) && /^\d+$/.test(r[column] ?? ''));
      expect(filled.length).toBe(coded.filter((r) => r.year === String(year)).length);
    }
  });

  it('2022 (85067NED) and 2023 (03759ned) equal 70072ned for every municipality', () => {
    const coded = csv(join(inputsDir, inputFiles.kerncijfers));
    for (const year of [2022, 2023] as const) {
      const shipped = population(year);
      const rows = coded.filter((r) => r.year === String(year));
      expect(rows).toHaveLength(shipped.size);
      for (const row of rows) expect(shipped.get(row.gm_code ?? ''), `${row.gm_code} ${year}`).toBe(Number(row.population_1jan));
    }
  });

  it('2023: the Wijk- en Buurtkaart differs only by the known Hilversum/Gooise Meren boundary correction', () => {
    const rows = csv(join(crossCheckDir, 'cbs_pdok_wijkenbuurten2023_gemeenten_opendatamaps.csv'));
    const shipped = population(2023);
    const differing = rows.filter((r) => shipped.get(r.gemeentecode ?? '') !== Number(r.aantalInwoners)).map((r) => r.gemeentecode);
    expect(differing.sort()).toEqual(['GM0402', 'GM1942']);
    expect(rows.reduce((sum, r) => sum + Number(r.aantalInwoners), 0)).toBe(17_811_291);
  });

  it('2024: Gebieden in Nederland 2024 equals Kerncijfers wijken en buurten 2024 (85984NED) for all 342', () => {
    const kwb = JSON.parse(readFileSync(join(crossCheckDir, 'cbs_85984NED_kwb2024_stripped_filtered.json'), 'utf8')) as Record<
      string,
      { AantalInwoners_5: number }
    >;
    const gm = Object.entries(kwb).filter(([code]) => code.startsWith('GM'));
    expect(gm).toHaveLength(342);
    const shipped = population(2024);
    for (const [code, values] of gm) expect(shipped.get(code)).toBe(values.AantalInwoners_5);
  });

  it('2025: 03759ned equals the 70072ned StatLine export of 2025 for all 342', () => {
    const rows = csv(join(crossCheckDir, 'cbs_70072ned_regionale_kerncijfers_2025_swienn.csv'));
    const column = 'Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)';
    const names = byName(2025);
    const shipped = population(2025);
    const matched = rows.filter((r) => names.has(statlineName(r["Regio's"] ?? '')) && r[column] !== '');
    expect(matched).toHaveLength(342);
    for (const row of matched) {
      expect(shipped.get(names.get(statlineName(row["Regio's"] ?? '')) ?? '')).toBe(Number(row[column]));
    }
    expect(rows.find((r) => r["Regio's"] === 'Nederland')?.[column]).toBe('18044027');
  });

  it('the herindelingen list agrees with the 2020 population of the former municipalities', () => {
    const rows = csv(join(inputsDir, inputFiles.herindelingen)).filter((r) => r.inwoners_oude_gemeente_1jan2020 !== '');
    expect(rows.length).toBeGreaterThan(20);
    const shipped = population(2020);
    for (const row of rows) expect(shipped.get(row.oude_code ?? '')).toBe(Number(row.inwoners_oude_gemeente_1jan2020));
  });
});

describe('classification cross-checks', () => {
  it.skipIf(!hasRawDir)('2025 codes, names and provinces equal the 2025 PDOK gemeente layer (needs ../shared/data/raw)', () => {
    const layer = csv(join(rawDir, 'pdok_cbs_gemeenten_2025_regioviewer.csv'));
    const provinces = new Map(csv(join(rawDir, 'gm_codes_and_provinces_2025_regioviewer.csv')).map((r) => [r.GM_code, r.province]));
    const shipped = listMunicipalities({ year: 2025 });
    expect(new Set(layer.map((r) => r.gm_code))).toEqual(new Set(shipped.map((m) => m.code)));
    for (const m of shipped) {
      expect(layer.find((r) => r.gm_code === m.code)?.gm_naam).toBe(m.name);
      expect(provinces.get(m.code)).toBe(m.province?.name === 'Fryslân' ? 'Friesland' : m.province?.name);
    }
  });

  it.skipIf(!hasRawDir)('every herindeling matches the CBS address matrices, and every municipality that vanished is listed (needs ../shared/data/raw)', () => {
    const matrix = csv(join(rawDir, 'grenswijzigen_gemeente_adresmatrices_2016_2024.csv'));
    for (let from = 2017; from < 2024; from += 1) {
      const rows = matrix.filter((r) => r.from_year === String(from));
      const targets = new Set(rows.map((r) => r.to_code));
      // Pairs from a municipality that no longer exists, ignoring 1-4 address corrections.
      const moved = rows
        .filter((r) => !targets.has(r.from_code) && Number(r.n_addresses) > 4)
        .map((r) => `${r.from_code}>${r.to_code}`)
        .sort();
      const listed = mergers
        .filter((m) => m[0] > `${from}-01-01` && m[0] <= `${from + 1}-01-01`)
        .map((m) => `GM${String(m[1]).padStart(4, '0')}>GM${String(m[3]).padStart(4, '0')}`)
        .sort();
      expect(listed, `${from}-${from + 1}`).toEqual(moved);
    }
  });

  it.skipIf(!hasRawDir)('the successor that took a split municipality\'s seat also took most of its addresses (needs ../shared/data/raw)', () => {
    const matrix = csv(join(rawDir, 'grenswijzigen_gemeente_adresmatrices_2016_2024.csv'));
    expect(splitSeats).toHaveLength(3);
    for (const [oldCode, seat, newCode] of splitSeats) {
      const from = `GM${String(oldCode).padStart(4, '0')}`;
      const rows = matrix.filter((r) => r.from_code === from && r.to_code !== from);
      const largest = rows.reduce((a, b) => (Number(b.n_addresses) > Number(a.n_addresses) ? b : a));
      expect(largest.to_code, `${from} (${seat})`).toBe(`GM${String(newCode).padStart(4, '0')}`);
    }
  });

  it('code sets of consecutive years differ exactly by the herindelingen', () => {
    const years = [2020, 2021, 2022, 2023, 2024, 2025] as const;
    for (let i = 1; i < years.length; i += 1) {
      const before = new Set(listMunicipalities({ year: years[i - 1] }).map((m) => m.code));
      const after = new Set(listMunicipalities({ year: years[i] }).map((m) => m.code));
      const gone = [...before].filter((c) => !after.has(c)).sort();
      const period = mergers.filter((m) => m[0] > `${years[i - 1]}-01-01` && m[0] <= `${years[i]}-01-01`);
      expect(gone).toEqual([...new Set(period.map((m) => `GM${String(m[1]).padStart(4, '0')}`))].sort());
      for (const code of [...after].filter((c) => !before.has(c))) {
        expect(period.some((m) => `GM${String(m[3]).padStart(4, '0')}` === code)).toBe(true);
      }
    }
  });
});

describe('school-based achterstandsscore', () => {
  const schools = csv(join(crossCheckDir, 'cbs_achterstandsscores_basisscholen_2019_per_school_met_gemeente_derived.csv'));
  const perGemeente = csv(join(inputsDir, inputFiles.achterstand));

  it('the per-gemeente file equals the sums of the per-school file', () => {
    const sums = new Map<string, { pupils: number; score: number; schools: number }>();
    for (const s of schools) {
      const key = s.gm_code_2024 === '' ? 'ONBEKEND' : (s.gm_code_2024 ?? '');
      const entry = sums.get(key) ?? { pupils: 0, score: 0, schools: 0 };
      entry.pupils += Number(s.aantal_bekostigde_leerlingen);
      entry.score += Number(s.achterstandsscore_zonder_drempel);
      entry.schools += 1;
      sums.set(key, entry);
    }
    expect(perGemeente).toHaveLength(343);
    for (const row of perGemeente) {
      const sum = sums.get(row.gm_code_2024 ?? '');
      expect(sum?.pupils, row.gm_code_2024).toBe(Number(row.aantal_bekostigde_leerlingen));
      expect(sum?.schools).toBe(Number(row.n_vestigingen));
      expect(sum?.score).toBeCloseTo(Number(row.som_score_zonder_drempel), 1);
    }
  });

  it('the hint carries the per-100-pupil score of the input and the national figure', () => {
    const totalPupils = schools.reduce((s, r) => s + Number(r.aantal_bekostigde_leerlingen), 0);
    const totalScore = schools.reduce((s, r) => s + Number(r.achterstandsscore_zonder_drempel), 0);
    expect(totalPupils).toBe(1_396_457);
    for (const row of perGemeente.filter((r) => r.gm_code_2024 !== 'ONBEKEND')) {
      const hint = schoolDisadvantageHint(row.gm_code_2024 ?? '');
      expect(hint?.scorePer100Pupils).toBe(Number(row.score_zonder_drempel_per_100_leerlingen));
      expect(hint?.nationalScorePer100Pupils).toBeCloseTo((totalScore / totalPupils) * 100, 2);
      expect(hint?.scorePer100Pupils).toBeCloseTo((Number(row.som_score_zonder_drempel) / Number(row.aantal_bekostigde_leerlingen)) * 100, 2);
    }
  });

  it('is labelled as a hint, resolves former codes and is null when unknown', () => {
    const hint = schoolDisadvantageHint('GM0756');
    expect(hint).toMatchObject({ kind: 'hint', code: 'GM1982', resolvedFrom: 'GM0756', variant: 'zonder-drempel', referenceDate: '2019-10-01' });
    expect(hint?.label.nl).toMatch(/per 100 leerlingen, 2019: .*landelijk .*niet het percentage doelgroepkinderen/);
    // A split follows the successor that took the seat, as getMunicipality does.
    expect(schoolDisadvantageHint('GM0788')).toMatchObject({ code: 'GM0824', resolvedFrom: 'GM0788' });
    expect(schoolDisadvantageHint('GM0788')?.code).toBe(getMunicipality('GM0788', { year: 2024 })?.code);
    expect(schoolDisadvantageHint('GM9999')).toBeNull();
    expect(schoolDisadvantageHint('Amsterdam')).toBeNull();
    expect(getMunicipality('GM1982')?.targetGroupShare).toBeNull();
  });

  it('gives the score alone exactly as the hint has it, for every current and former code', () => {
    let known = 0;
    for (let n = 0; n < 2100; n++) {
      const code = `GM${String(n).padStart(4, '0')}`;
      const hint = schoolDisadvantageHint(code);
      const score = schoolDisadvantageScore(code);
      if (hint === null) {
        expect(score, code).toBeNull();
        continue;
      }
      known++;
      const { pupils, schools, schoolsWithAtMost40Pupils, label, ...rest } = hint;
      expect(score, code).toEqual(rest);
      expect(pupils + schools + schoolsWithAtMost40Pupils + label.nl.length).toBeGreaterThan(0);
    }
    expect(known).toBeGreaterThan(340);
    expect(() => schoolDisadvantageScore(756 as unknown as string)).toThrow(/schoolDisadvantageScore: code must be a string/);
  });
});
