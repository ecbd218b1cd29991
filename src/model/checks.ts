/**
 * The checks every write path runs on what it is asked to write (the seed load, curation): one set of
 * functions, so what the seed refuses a curator cannot slip in, and the other way round.
 */
import { allowedValues, listed } from './enumerations';
import { kindOf, valueProblem } from './properties';

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
  const problem = valueProblem(kindOf(property), value);
  if (problem) return problem;
  const allowed = allowedValues(label, property);
  if (allowed && typeof value === 'string' && !allowed.includes(value)) {
    return `"${value}" is not one of ${listed(allowed)}${label && property === 'kind' ? ` (the kinds of ${label})` : ''}`;
  }
  return sizeProblem(property, value);
}

/** Every problem of a record's properties, as [property, problem]. */
export function propertiesProblems(label: string | undefined, props: Record<string, unknown>): [string, string][] {
  return Object.entries(props).flatMap(([name, value]): [string, string][] => {
    const problem = propertyProblem(label, name, value);
    return problem ? [[name, problem]] : [];
  });
}

/** An id of the model: `<prefix>:<kebab-case-slug>`. */
export const ID_PATTERN = /^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$/;
