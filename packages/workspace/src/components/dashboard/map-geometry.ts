// The map's shapes, drawn from the data package's 2025 boundaries: TopoJSON already decoded by
// `decodeGeometry`, in RD New (EPSG:28992) metres. RD New is a flat projection of the Netherlands, so
// drawing needs no map projection at all: one scale and a flipped y axis turn metres into SVG units.
// That is why no map library is bundled (d3-geo and topojson-client would add what this file does in
// a few lines; see docs/intake.md for the comparison).
import { decodeGeometry, municipalityTopology, provinceTopology, type Topology } from '@npo-gemeenten/data/geo';

/** Metres per SVG unit: 250 m keeps a tenth of a unit (25 m) below what any screen shows. */
const metresPerUnit = 250;

export interface MapShape {
  code: string;
  name: string;
  /** SVG path data in the map's units. */
  d: string;
  /** Centre of the largest part, for keyboard moves to neighbours and for the tooltip. */
  centre: readonly [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  municipalities: MapShape[];
  provinces: MapShape[];
}

type Ring = readonly (readonly [number, number])[];

function ringsOf(topology: Topology, geometry: Parameters<typeof decodeGeometry>[1]): Ring[][] {
  const decoded = decodeGeometry(topology, geometry);
  return decoded.type === 'Polygon' ? [decoded.coordinates as Ring[]] : (decoded.coordinates as Ring[][]);
}

function bounds(topologies: Topology[]): { minX: number; maxY: number; maxX: number; minY: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const topology of topologies) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    for (const arc of topology.arcs) {
      let x = 0;
      let y = 0;
      for (const [dx, dy] of arc) {
        x += dx;
        y += dy;
        minX = Math.min(minX, x * sx + tx);
        maxX = Math.max(maxX, x * sx + tx);
        minY = Math.min(minY, y * sy + ty);
        maxY = Math.max(maxY, y * sy + ty);
      }
    }
  }
  return { minX, minY, maxX, maxY };
}

/** Signed area and centroid of a ring (shoelace formula). */
function ringCentroid(ring: Ring): { area: number; x: number; y: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0 ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 } : { area, x: cx / (6 * area), y: cy / (6 * area) };
}

let cached: MapGeometry | undefined;

/** The shapes of every municipality and province of 2025, in SVG units (computed once). */
export function mapGeometry(): MapGeometry {
  if (cached) return cached;
  const { minX, minY, maxX, maxY } = bounds([municipalityTopology, provinceTopology]);
  const px = (x: number) => Math.round(((x - minX) / metresPerUnit) * 10) / 10;
  const py = (y: number) => Math.round(((maxY - y) / metresPerUnit) * 10) / 10;
  const shapes = (topology: Topology): MapShape[] => {
    const object = Object.values(topology.objects)[0];
    return (object?.geometries ?? []).map((geometry) => {
      const polygons = ringsOf(topology, geometry);
      let d = '';
      let largest = { area: 0, x: 0, y: 0 };
      for (const polygon of polygons) {
        for (const ring of polygon) {
          d += `M${ring.map(([x, y]) => `${px(x)} ${py(y)}`).join('L')}Z`;
        }
        const outer = polygon[0] ? ringCentroid(polygon[0]) : largest;
        if (Math.abs(outer.area) > Math.abs(largest.area)) largest = outer;
      }
      return { code: geometry.properties.code, name: geometry.properties.name, d, centre: [px(largest.x), py(largest.y)] as const };
    });
  };
  cached = {
    width: Math.ceil((maxX - minX) / metresPerUnit),
    height: Math.ceil((maxY - minY) / metresPerUnit),
    municipalities: shapes(municipalityTopology),
    provinces: shapes(provinceTopology),
  };
  return cached;
}

/**
 * The municipality next to `from` in a direction (arrow keys): the nearest centre within 60 degrees of
 * that direction, nearer and straighter ahead preferred; `undefined` at the edge of the map.
 */
export function neighbour(shapes: readonly MapShape[], from: MapShape, direction: 'left' | 'right' | 'up' | 'down'): MapShape | undefined {
  const [dx, dy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
  let best: MapShape | undefined;
  let bestScore = Infinity;
  for (const shape of shapes) {
    if (shape === from) continue;
    const vx = shape.centre[0] - from.centre[0];
    const vy = shape.centre[1] - from.centre[1];
    const distance = Math.hypot(vx, vy);
    if (distance === 0) continue;
    const cos = (vx * dx! + vy * dy!) / distance;
    if (cos < 0.5) continue;
    const score = distance * (2 - cos);
    if (score < bestScore) {
      bestScore = score;
      best = shape;
    }
  }
  return best;
}
