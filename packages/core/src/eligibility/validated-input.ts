import { eligibilityInputSchema, figureSourceSchema, type EligibilityInput, type FigureSource } from './schema.js';

// Validates eligibility input with its zod schema, but every distinct field value only once: a host
// checks many municipalities with the same few answers and the same few figure sources, and running
// the whole schema (a strict object, regular expressions, dates) on each call cost most of the time.
// The answer is the same as the schema's: any input this fast path cannot vouch for (a new value is
// checked by the field's own schema first), an unknown key, anything not a plain object, goes to the
// full schema, which also gives the errors. A test compares both on generated inputs.

type FieldSchema = { safeParse(value: unknown): { success: boolean; data?: unknown }; _zod: { def: { innerType?: unknown } }; shape?: Shape };
type Shape = Record<string, FieldSchema>;

/** The object schema inside optional and nullable wrappers. */
function objectShape(schema: FieldSchema): Shape {
  let inner: FieldSchema | undefined = schema;
  while (inner !== undefined && inner.shape === undefined) inner = inner._zod.def.innerType as FieldSchema | undefined;
  if (inner?.shape === undefined) throw new Error('not an object schema');
  return inner.shape;
}

interface Shapes {
  input: Shape;
  inputKeys: string[];
  provenance: Shape;
  provenanceKeys: string[];
  source: Shape;
}
// Read on first use, so that a bundle that never checks eligibility leaves zod out.
let shapes: Shapes | undefined;
function shapesOf(): Shapes {
  if (shapes === undefined) {
    const input = objectShape(eligibilityInputSchema as unknown as FieldSchema);
    const provenance = objectShape(input['provenance']!);
    shapes = { input, inputKeys: Object.keys(input), provenance, provenanceKeys: Object.keys(provenance), source: objectShape(figureSourceSchema as unknown as FieldSchema) };
  }
  return shapes;
}
const maxRemembered = 4096;

/** The schema's verdict on each primitive value seen, per field schema. Bounded: emptied when full. */
const verdicts = new Map<FieldSchema, Map<unknown, boolean>>();
/** Figure sources seen, by reference date, citation and table id: parsed (trimmed) when valid, null when not. */
const sources = new Map<string, Map<string, Map<string | symbol, FigureSource | null>>>();
const noTableId = Symbol('no tableId');
const undefinedTableId = Symbol('tableId: undefined');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= maxRemembered) map.clear();
  map.set(key, value);
  return value;
}

/** Whether the field's schema accepts this primitive value or null (checked once per value). */
function primitiveAccepted(fields: Shape, key: string, value: unknown): boolean {
  // -0 and 0 share a Map key; leave that rare case to the full schema.
  if (Object.is(value, -0)) return false;
  const schema = fields[key]!;
  let seen = verdicts.get(schema);
  if (seen === undefined) verdicts.set(schema, (seen = new Map()));
  return seen.get(value) ?? remember(seen, value, schema.safeParse(value).success);
}

/** Whether every own key is one of the shape's (a strict object allows no other). */
function hasOnlyKnownKeys(value: Record<string, unknown>, fields: Shape): boolean {
  for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key)) return false;
  return true;
}

function figureSource(value: unknown): FigureSource | null {
  if (!isPlainObject(value) || !hasOnlyKnownKeys(value, shapesOf().source)) return null;
  const { referenceDate, source, tableId } = value;
  if (typeof referenceDate !== 'string' || typeof source !== 'string' || (tableId !== undefined && typeof tableId !== 'string')) return null;
  const table = tableId === undefined ? ('tableId' in value ? undefinedTableId : noTableId) : tableId;
  let byCitation = sources.get(referenceDate);
  if (byCitation === undefined) byCitation = remember(sources, referenceDate, new Map());
  let byTable = byCitation.get(source);
  if (byTable === undefined) byTable = remember(byCitation, source, new Map());
  let parsed = byTable.get(table);
  if (parsed === undefined) {
    const result = figureSourceSchema.safeParse(value);
    parsed = remember(byTable, table, result.success ? result.data : null);
  }
  // A copy: the result shares it with the caller, and the cache must not change.
  return parsed === null ? null : { ...parsed };
}

function provenance(value: unknown): EligibilityInput['provenance'] | undefined | false {
  const { provenance: provenanceFields, provenanceKeys } = shapesOf();
  if (!isPlainObject(value) || !hasOnlyKnownKeys(value, provenanceFields)) return false;
  const out: Record<string, FigureSource> = {};
  for (const key of provenanceKeys) {
    const field = value[key];
    if (field === undefined) continue;
    if (field === null) {
      if (!primitiveAccepted(provenanceFields, key, null)) return false;
      continue;
    }
    const parsed = figureSource(field);
    if (parsed === null) return false;
    out[key] = parsed;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The input as the schema parses it, with `null` and missing answers both left out (unknown), or
 * `undefined` when only the full schema can tell (new values are checked and remembered here; an
 * input with errors, or an unusual one, always goes to the schema).
 */
export function validatedInput(input: unknown): EligibilityInput | undefined {
  const { input: inputFields, inputKeys } = shapesOf();
  if (!isPlainObject(input) || !hasOnlyKnownKeys(input, inputFields)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of inputKeys) {
    const value = input[key];
    if (value === undefined) continue;
    if (value === null) {
      if (!primitiveAccepted(inputFields, key, null)) return undefined;
      continue;
    }
    if (key === 'provenance') {
      const parsed = provenance(value);
      if (parsed === false) return undefined;
      if (parsed !== undefined) out[key] = parsed;
    } else if ((typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') && primitiveAccepted(inputFields, key, value)) {
      out[key] = value;
    } else {
      return undefined;
    }
  }
  return out as EligibilityInput;
}
