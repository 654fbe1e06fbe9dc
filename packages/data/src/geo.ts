// Municipal and provincial boundaries on 1 January 2025 as TopoJSON in RD New coordinates (EPSG:28992), from
// CBS/PDOK Gebiedsindelingen, generalised for a national map (`@npo-gemeenten/data/geo`). About 43 KB
// gzipped: load it only where a map is drawn. Show "Bron: CBS, PDOK" with the map.

import { parseCode } from './codes.js';
import { DataQueryError } from './errors.js';
import { boundariesSource, municipalities2025, provinces2025 } from './generated/geo-2025.js';
import type { Position, Topology, TopologyGeometry } from './geo-types.js';
import type { SourceRef } from './types.js';

/** Show this with every map drawn from these boundaries. */
export const geoAttribution = 'Bron: CBS, PDOK' as const;

/** Where the boundaries come from, with licence and attribution. */
export const geoSource: SourceRef = boundariesSource;

/** The municipal boundaries of 2025: object `gemeente_2025`, one geometry per municipality, `properties.code`. */
export const municipalityTopology: Topology = municipalities2025;

/** The provincial boundaries of 2025: object `provincie_2025`, one geometry per province (`PV20`-`PV31`). */
export const provinceTopology: Topology = provinces2025;

/** A shape as GeoJSON geometry in RD New metres: rings of `[x, y]`, each closed. */
export type ShapeGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: ReadonlyArray<readonly Position[]> }
  | { readonly type: 'MultiPolygon'; readonly coordinates: ReadonlyArray<ReadonlyArray<readonly Position[]>> };

/** The boundary of one municipality or province. */
export interface Shape {
  /** CBS code (`GM0274`, `PV25`). */
  readonly code: string;
  /** Name as in the boundary file. */
  readonly name: string;
  /** The outline, decoded from the topology. */
  readonly geometry: ShapeGeometry;
  /** The topology's own geometry (arcs by index), for tools that read TopoJSON. */
  readonly topology: TopologyGeometry;
  /** CBS/PDOK, CC BY 4.0. */
  readonly source: SourceRef;
}

function decodeArc(topology: Topology, index: number): Position[] {
  const arc = topology.arcs[index < 0 ? ~index : index] ?? [];
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  let x = 0;
  let y = 0;
  const points = arc.map(([dx, dy]): Position => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
  return index < 0 ? points.reverse() : points;
}

function decodeRing(topology: Topology, arcs: readonly number[]): Position[] {
  const ring: Position[] = [];
  for (const index of arcs) {
    const points = decodeArc(topology, index);
    // Consecutive arcs share their end point.
    ring.push(...(ring.length > 0 ? points.slice(1) : points));
  }
  return ring;
}

/** Decodes a topology geometry into GeoJSON coordinates. */
export function decodeGeometry(topology: Topology, geometry: TopologyGeometry): ShapeGeometry {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.arcs.map((ring) => decodeRing(topology, ring)) };
  }
  return { type: 'MultiPolygon', coordinates: geometry.arcs.map((polygon) => polygon.map((ring) => decodeRing(topology, ring))) };
}

function find(topology: Topology, code: string): Shape | null {
  const object = Object.values(topology.objects)[0];
  const geometry = object?.geometries.find((g) => g.properties.code === code);
  if (!geometry) return null;
  return { code, name: geometry.properties.name, geometry: decodeGeometry(topology, geometry), topology: geometry, source: geoSource };
}

function text(value: unknown, fn: string, example: string): string {
  if (typeof value !== 'string') {
    throw new DataQueryError('invalid-query', `${fn}: code must be a string such as "${example}", got ${typeof value}.`);
  }
  return value.trim().toUpperCase();
}

/**
 * The boundary of the municipality with this CBS code on 1 January 2025, or `null` for a code that is no
 * municipality in 2025.
 *
 * @throws {@link DataQueryError} when `code` is not a string.
 */
export function getMunicipalityShape(code: string): Shape | null {
  const value = text(code, 'getMunicipalityShape', 'GM0274');
  return parseCode(value) === undefined ? null : find(municipalityTopology, value);
}

/**
 * The boundary of the province with this CBS code (`PV20`-`PV31`), or `null` for another code.
 *
 * @throws {@link DataQueryError} when `code` is not a string.
 */
export function getProvinceShape(code: string): Shape | null {
  const value = text(code, 'getProvinceShape', 'PV25');
  return /^PV\d{2}$/.test(value) ? find(provinceTopology, value) : null;
}

export { DataQueryError } from './errors.js';
export type { Position, Topology, TopologyGeometry } from './geo-types.js';
export type { SourceKind, SourceRef } from './types.js';
