import neo4j, {
  Integer,
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
} from 'neo4j-driver';

const isTemporal = (v: object): boolean => isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v);

/**
 * Turns what the driver returns into plain JSON values. This runs at the graph's boundary and
 * nowhere else, so the rest of the code never sees a neo4j Integer or temporal object.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') {
    return typeof value === 'bigint' ? (Number.isSafeInteger(Number(value)) ? Number(value) : value.toString()) : value;
  }
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps (properties, rows) are most of what arrives: check for them before the driver's own types.
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return plainMap(value as Record<string, unknown>);
  if (isTemporal(value)) return String(value);
  if (isNode(value)) return { labels: value.labels, ...(toPlain(value.properties) as object) };
  if (isRelationship(value)) return { type: value.type, ...(toPlain(value.properties) as object) };
  if (isPath(value)) {
    return value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) }));
  }
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toPlain(value[key]);
  return out;
}

/** What plainRow reads of a driver Record. */
interface RecordLike {
  keys: readonly PropertyKey[];
  get(index: number): unknown;
}

/**
 * A record as one plain row. `toPlain(record.toObject())` made each row twice (the driver's object, then
 * its plain copy): for a federation batch, a hundred rows and their garbage per request.
 */
export function plainRow(record: RecordLike): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < record.keys.length; i += 1) row[record.keys[i] as string] = toPlain(record.get(i));
  return row;
}
