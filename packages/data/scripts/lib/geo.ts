// The CBS/PDOK boundaries of 2025 (TopoJSON in RD New) as shipped: only the properties the package needs
// (`statcode`, `statnaam`), and checked against the municipality list of the same year.

interface RawGeometry {
  readonly type: string;
  readonly arcs: unknown;
  readonly properties: { readonly statcode: string; readonly statnaam: string };
}

interface RawTopology {
  readonly type: 'Topology';
  readonly transform: { readonly scale: readonly [number, number]; readonly translate: readonly [number, number] };
  readonly arcs: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  readonly objects: Readonly<Record<string, { readonly type: 'GeometryCollection'; readonly geometries: readonly RawGeometry[] }>>;
}

/** A topology with one object, stripped to code and name per geometry. */
export interface ShippedTopology {
  readonly type: 'Topology';
  readonly transform: RawTopology['transform'];
  readonly arcs: RawTopology['arcs'];
  readonly objects: Readonly<Record<string, { readonly type: 'GeometryCollection'; readonly geometries: ReadonlyArray<{ type: string; arcs: unknown; properties: { code: string; name: string } }> }>>;
}

/**
 * Parses a TopoJSON file with one object `name`, checks that its codes are exactly `codes` (one geometry each,
 * Polygon or MultiPolygon) and returns it stripped to code and name.
 */
export function readTopology(text: string, file: string, name: string, codes: ReadonlySet<string>): ShippedTopology {
  const topology = JSON.parse(text) as RawTopology;
  const object = topology.objects[name];
  if (topology.type !== 'Topology' || !object) throw new Error(`${file}: no TopoJSON object "${name}"`);
  const seen = new Set<string>();
  const geometries = object.geometries.map((g) => {
    const code = g.properties.statcode;
    if (!codes.has(code)) throw new Error(`${file}: ${code} is not in the list of 2025`);
    if (seen.has(code)) throw new Error(`${file}: ${code} has more than one shape`);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${file}: ${code} is a ${g.type}`);
    seen.add(code);
    return { type: g.type, arcs: g.arcs, properties: { code, name: g.properties.statnaam } };
  });
  const missing = [...codes].filter((code) => !seen.has(code));
  if (missing.length > 0) throw new Error(`${file}: no shape for ${missing.join(', ')}`);
  geometries.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  return { type: 'Topology', transform: topology.transform, arcs: topology.arcs, objects: { [name]: { type: 'GeometryCollection', geometries } } };
}
