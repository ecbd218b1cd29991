/**
 * The checks every write path runs on what it is asked to write (the seed load, curation): one set of
 * functions, so what the seed refuses a curator cannot slip in, and the other way round.
 */
import { allowedValues, listed, openKindProblem } from './enumerations';
import { derivedFrom } from './names';
import { valueProblem } from './properties';
import { MAX_PROPERTIES, PROPERTY_NAME } from './ranges';

/**
 * The properties a range index holds (cypher/schema.cypher; test/model holds the two together). Neo4j
 * 5.26 refuses a value whose index key is larger than 8,175 bytes ("Property value is too large to
 * index"), after the write has begun; measured: a string of 8,164 UTF-8 bytes is the longest accepted.
 * The full-text index took 40,000 characters, so names outside a range index have no such limit.
 */
export const RANGE_INDEXED_PROPERTIES: readonly string[] = ['id', 'title', 'kind', 'effectiveDate'];

export const INDEXED_STRING_LIMIT_BYTES = 8164;

/** List properties the contract gives to every node, where an empty list means "none" (docs/model.md). */
const EMPTY_LIST_ALLOWED = new Set(['aliases']);

function sizeProblem(property: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || !RANGE_INDEXED_PROPERTIES.includes(property)) return undefined;
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes <= INDEXED_STRING_LIMIT_BYTES) return undefined;
  return `is ${bytes} bytes (UTF-8); an indexed property holds at most ${INDEXED_STRING_LIMIT_BYTES} bytes`;
}

/** Why a value may not be written to this property of an entity of `label` (or of a relationship), or undefined. */
export function propertyProblem(label: string | undefined, property: string, value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 0) {
    return EMPTY_LIST_ALLOWED.has(property) ? undefined : 'is an empty list; leave an unknown value out instead';
  }
  if (!PROPERTY_NAME.test(property)) return 'is not a property name (a letter, then letters, digits or _, at most 64)';
  const problem = valueProblem(property, value);
  if (problem) return problem;
  const allowed = allowedValues(label, property);
  if (allowed && typeof value === 'string' && !allowed.includes(value)) {
    return `"${value}" is not one of ${listed(allowed)}${label && property === 'kind' ? ` (the kinds of ${label})` : ''}`;
  }
  if (property === 'kind') {
    const open = openKindProblem(label, value);
    if (open) return open;
  }
  return sizeProblem(property, value);
}

/** Set by the server on every entity and fact (its id and citation), not counted against MAX_PROPERTIES. */
const SERVER_SET = new Set(['id', 'source', 'locator']);

/** The properties of a record that count against MAX_PROPERTIES: those set by hand. */
export const countedProperties = (names: Iterable<string>): string[] => [...names].filter((n) => !SERVER_SET.has(n) && !derivedFrom(n));

/** Why a record may not hold these properties all at once (too many), or undefined. */
export function propertyCountProblem(names: Iterable<string>): string | undefined {
  const count = countedProperties(names).length;
  return count > MAX_PROPERTIES
    ? `would hold ${count} properties; an entity or relationship holds at most ${MAX_PROPERTIES} (not counting id, source, locator and derived names)`
    : undefined;
}

/** Every problem of a record's properties, as [property, problem]; too many properties in all is reported as `properties`. */
export function propertiesProblems(label: string | undefined, props: Record<string, unknown>): [string, string][] {
  const tooMany = propertyCountProblem(Object.keys(props));
  if (tooMany) return [['properties', tooMany]];
  return Object.entries(props).flatMap(([name, value]): [string, string][] => {
    const problem = propertyProblem(label, name, value);
    return problem ? [[name, problem]] : [];
  });
}

/** An id of the model: `<prefix>:<kebab-case-slug>`. */
export const ID_PATTERN = /^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$/;
