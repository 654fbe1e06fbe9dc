/** A position in RD New (EPSG:28992) metres, or quantized before the topology's transform. */
export type Position = readonly [x: number, y: number];

/** One shape of a TopoJSON topology: arcs by index (a negative index `~i` runs arc `i` backwards). */
export type TopologyGeometry =
  | {
      readonly type: 'Polygon';
      readonly arcs: ReadonlyArray<readonly number[]>;
      readonly properties: { readonly code: string; readonly name: string };
    }
  | {
      readonly type: 'MultiPolygon';
      readonly arcs: ReadonlyArray<ReadonlyArray<readonly number[]>>;
      readonly properties: { readonly code: string; readonly name: string };
    };

/** A TopoJSON topology (https://github.com/topojson/topojson-specification) with quantized, delta-encoded arcs. */
export interface Topology {
  readonly type: 'Topology';
  readonly transform: { readonly scale: Position; readonly translate: Position };
  readonly arcs: ReadonlyArray<readonly Position[]>;
  readonly objects: Readonly<Record<string, { readonly type: 'GeometryCollection'; readonly geometries: readonly TopologyGeometry[] }>>;
}
