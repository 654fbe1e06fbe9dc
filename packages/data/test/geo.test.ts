import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DataQueryError,
  geoAttribution,
  geoSource,
  getMunicipalityShape,
  getProvinceShape,
  municipalityTopology,
  provinceTopology,
} from '../src/geo.js';
import { listMunicipalities } from '../src/index.js';
import { hasRawDir, rawDir } from './helpers.js';

const rings = (shape: NonNullable<ReturnType<typeof getMunicipalityShape>>) =>
  shape.geometry.type === 'Polygon' ? shape.geometry.coordinates : shape.geometry.coordinates.flat();

describe('@npo-gemeenten/data/geo', () => {
  it('every 2025 municipality has exactly one shape, and every shape is a 2025 municipality', () => {
    const geometries = municipalityTopology.objects.gemeente_2025?.geometries ?? [];
    const codes = geometries.map((g) => g.properties.code);
    const municipalities = listMunicipalities({ year: 2025 });
    expect(codes).toHaveLength(342);
    expect(new Set(codes).size).toBe(342);
    expect([...codes].sort()).toEqual(municipalities.map((m) => m.code).sort());
    for (const m of municipalities) expect(getMunicipalityShape(m.code)?.code).toBe(m.code);
  });

  it('has the twelve provinces PV20-PV31', () => {
    const codes = (provinceTopology.objects.provincie_2025?.geometries ?? []).map((g) => g.properties.code);
    expect(codes).toEqual(Array.from({ length: 12 }, (_, i) => `PV${20 + i}`));
    expect(getProvinceShape('PV25')?.name).toBe('Gelderland');
  });

  it('decodes closed rings in RD New coordinates inside the Netherlands', () => {
    for (const m of listMunicipalities({ year: 2025 })) {
      const shape = getMunicipalityShape(m.code);
      expect(shape).not.toBeNull();
      for (const ring of rings(shape as NonNullable<typeof shape>)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThan(0);
          expect(x).toBeLessThan(300_000);
          expect(y).toBeGreaterThan(289_000);
          expect(y).toBeLessThan(630_000);
        }
      }
    }
  });

  it.skipIf(!hasRawDir)('the shipped arcs are those of the CBS/PDOK file (needs ../shared/data/raw)', () => {
    const raw = JSON.parse(readFileSync(join(rawDir, 'cbs_pdok_gebiedsindelingen_gemeente_2025_rd_cartomap.topojson'), 'utf8'));
    expect(municipalityTopology.arcs).toEqual(raw.arcs);
    expect(municipalityTopology.transform).toEqual(raw.transform);
    for (const g of raw.objects.gemeente_2025.geometries) {
      expect(getMunicipalityShape(g.properties.statcode)?.topology.arcs).toEqual(g.arcs);
      expect(getMunicipalityShape(g.properties.statcode)?.name).toBe(g.properties.statnaam);
    }
  });

  it('carries the attribution and licence', () => {
    expect(geoAttribution).toBe('Bron: CBS, PDOK');
    expect(geoSource).toMatchObject({ attribution: 'Bron: CBS, PDOK', licence: 'CC BY 4.0', publisher: 'CBS, PDOK' });
    expect(getMunicipalityShape('GM0274')?.source.attribution).toBe('Bron: CBS, PDOK');
  });

  it('is null for an unknown code and throws for a non-string', () => {
    expect(getMunicipalityShape('GM0756')).toBeNull();
    expect(getMunicipalityShape('PV25')).toBeNull();
    expect(getProvinceShape('GM0274')).toBeNull();
    expect(getMunicipalityShape(' gm0274 ')?.code).toBe('GM0274');
    expect(() => getMunicipalityShape(null as unknown as string)).toThrow(DataQueryError);
  });
});
