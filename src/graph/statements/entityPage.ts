import { LABELS, nameField, SORT_NAME } from '../../model';
import type { AnyOf, Condition } from '../filter';
import { decodeShapes, encodeShapes, LevelTests, LevelText, levelMatch, levelWhere, RelationshipLevel } from '../relationshipFilter';
import { propertyMap, PropertyNames } from '../projection';
import { fillSlots, filterText, type QueryCatalog } from './catalog';
import type { Row, Template } from './statement';

/**
 * How a list page reaches Neo4j. One generic statement with the label and every test as parameters
 * is safe but slow: Neo4j 5.26 plans `MATCH (n:$($label))` as a scan of every node and cannot use an
 * index for `n[$field] = $value`. So cypher/entityPage.cypher is a template, and this module chooses
 * its specialisations: the label, the filter's tests on indexed properties
 * and the sort written into the text. Every name written in comes from the model's labels and the
 * schema's indexes (never from the request); every value stays a parameter. A specialisation is named like
 * `entityPage@Work?seek=kind.eq,year.gte&rest=0&sort=title.asc`, and its text is rebuilt and
 * checked from that name alone (listStatementText).
 */

/** Properties with a range index, per label, as cypher/schema.cypher creates them. */
export type IndexedProperties = ReadonlyMap<string, ReadonlySet<string>>;

/** Reads `FOR (n:Label) ON (n.a, n.b)` and `FOR (n:Label) REQUIRE n.id IS UNIQUE` out of the schema. */
export function indexedProperties(schemaStatements: string[]): IndexedProperties {
  const indexed = new Map<string, Set<string>>();
  for (const statement of schemaStatements) {
    if (/FULLTEXT/i.test(statement)) continue;
    const match = /FOR \(n:(\w+)\) (?:ON \(([^)]*)\)|REQUIRE n\.(\w+) IS UNIQUE)/.exec(statement);
    if (!match) continue;
    const properties = match[2] ? match[2].split(',').map((p) => p.trim().replace(/^n\./, '')) : [match[3]];
    for (const p of properties) indexed.set(match[1], (indexed.get(match[1]) ?? new Set()).add(p));
  }
  return indexed;
}

/**
 * At most one test per property and operator goes into the text, and at most MAX_SEEK_TESTS in all: the
 * index needs no more, and a filter nested a thousand levels deep must not become a thousand-line
 * statement for Neo4j to plan (and keep in its plan cache). The others stay in the data-driven rest.
 */
const MAX_SEEK_TESTS = 4;

function firstSeekable(conditions: Condition[]): Condition[] {
  const seen = new Set<string>();
  return conditions.filter((c) => {
    const test = `${c.field}.${c.op}`;
    if (seen.has(test) || seen.size >= MAX_SEEK_TESTS) return false;
    seen.add(test);
    return true;
  });
}

/** The tests an index can answer, and how each is written. */
const SEEK_OPERATORS: Record<string, (property: string, i: number) => string> = {
  eq: (p, i) => `n.${p} = $seek[${i}]`,
  in: (p, i) => `n.${p} IN $seek[${i}]`,
  gt: (p, i) => `n.${p} > $seek[${i}]`,
  gte: (p, i) => `n.${p} >= $seek[${i}]`,
  lt: (p, i) => `n.${p} < $seek[${i}]`,
  lte: (p, i) => `n.${p} <= $seek[${i}]`,
  exists: (p) => `n.${p} IS NOT NULL`,
};

export interface PageQuery {
  anyOf: AnyOf;
  sortField: string;
  descending: boolean;
  offset: number;
  limit: number;
  /** The properties to return of each entity on the page (the query's selection); all when null or left out. */
  properties?: PropertyNames;
  /** The relationship filters the conditions of anyOf point at (op 'rel'). */
  relationships?: RelationshipLevel;
}

export interface StatementCall {
  name: string;
  params: Record<string, unknown>;
}

/**
 * The one statement a page request runs (cypher/entityPage.cypher): the count and the page together, so
 * both see one state of the graph and cost one round trip. Whether the page is read in index order is
 * weighed inside the statement, once the count is known; here it is only decided whether it may be.
 */
export function listStatement(label: string, q: PageQuery, indexed: IndexedProperties): StatementCall {
  const onLabel = indexed.get(label) ?? new Set<string>();
  // Only a filter that is one conjunction can hand tests to an index; OR-ed alternatives stay data.
  const seekable = (c: Condition) => !c.negate && c.field !== null && onLabel.has(c.field) && c.op in SEEK_OPERATORS;
  const seek = q.anyOf.length === 1 ? firstSeekable(q.anyOf[0].filter(seekable)) : [];
  const rest = q.anyOf.length === 1 ? [q.anyOf[0].filter((c) => !seek.includes(c))] : q.anyOf;
  const everything = rest.length === 1 && rest[0].length === 0;
  // A title or name sorts by its folded form, so case does not split the alphabet.
  const sortField = q.sortField === nameField(label) ? SORT_NAME : q.sortField;
  const sort = onLabel.has(sortField) ? `${sortField}.${q.descending ? 'desc' : 'asc'}` : 'param';
  const shapes = q.relationships?.shapes ?? [];
  const rels = shapes.length > 0 ? `&rels=${encodeShapes(shapes)}${q.relationships?.listed ? '&listed=1' : ''}` : '';
  return {
    name: `entityPage@${label}?seek=${seek.map((c) => `${c.field}.${c.op}`).join(',')}&rest=${everything ? 0 : 1}&sort=${sort}${rels}`,
    params: {
      rel: q.relationships?.params ?? [],
      seek: seek.map((c) => (c.op === 'in' ? c.values : c.value)),
      anyOf: rest,
      sortField,
      descending: q.descending,
      offset: q.offset,
      limit: q.limit,
      properties: q.properties ?? null,
    },
  };
}

/**
 * Index order serves only a property every entity has, a string: the id, and the sort name every write
 * derives from the required title or name. One without it would drop out of the walk.
 */
const walksInOrder = (property: string) => property === 'id' || property === SORT_NAME;

const GENERIC_ORDER = 'CASE WHEN $descending THEN n[$sortField] END DESC, CASE WHEN NOT $descending THEN n[$sortField] END ASC, n.id';

/**
 * Rebuilds the text of an entityPage specialisation from its name, refusing any name listStatement
 * would not make.
 */
function listStatementText(template: string, filterText: LevelText, variant: string, indexed: IndexedProperties): string {
  const [label, query = ''] = variant.split('?');
  const onLabel = indexed.get(label);
  if (!LABELS.includes(label) || !onLabel) throw new Error(`"${label}" is not an indexed entity label`);
  const args = new URLSearchParams(query);
  const tests = (args.get('seek') ?? '').split(',').filter(Boolean);
  if (tests.length > MAX_SEEK_TESTS || new Set(tests).size < tests.length)
    throw new Error(`"${args.get('seek')}" is not a set of at most ${MAX_SEEK_TESTS} index tests`);
  const seek = tests.map((test, i) => {
    const [property, op] = test.split('.');
    if (!onLabel.has(property) || !SEEK_OPERATORS[op]) throw new Error(`"${test}" is not an index test on ${label}`);
    return SEEK_OPERATORS[op](property, i);
  });
  const [sortProperty, direction] = (args.get('sort') ?? 'param').split('.');
  if (sortProperty !== 'param' && (!onLabel.has(sortProperty) || !['asc', 'desc'].includes(direction))) {
    throw new Error(`"${args.get('sort')}" is not an indexed sort on ${label}`);
  }
  const walkable = sortProperty !== 'param' && walksInOrder(sortProperty);
  const shapes = decodeShapes(args.get('rels') ?? '');
  const level: LevelTests = { anyOf: '$anyOf', rel: '$rel', shapes, listed: args.get('listed') === '1', data: args.get('rest') !== '0' };
  const seekText = seek.join(' AND ') || 'true';
  const slots: Record<string, string> = {
    label,
    seek: seekText,
    rest: levelWhere(filterText, 'n', level),
    matches: levelMatch(filterText, 'n', label, seekText, level),
    order:
      sortProperty === 'param' ? GENERIC_ORDER : `n.${sortProperty} ${direction.toUpperCase()}${sortProperty === 'id' ? '' : ', n.id'}`,
    walks: walkable ? 'total * total > (toInteger($offset) + toInteger($limit)) * labelSize' : 'false',
    hint: walkable ? `USING INDEX SEEK n:${label}(${sortProperty})` : '',
    // Every string is at least '': the bound keeps all of them when walking and, null, finds none when not.
    walkFrom: walkable ? `n.${sortProperty} >= CASE WHEN walks THEN '' END` : 'false',
  };
  return fillSlots(template, slots);
}

export const entityPage = (catalog: QueryCatalog, indexed: () => IndexedProperties): Template => ({
  name: 'entityPage',
  text: (variant) => listStatementText(catalog.text('entityPage'), filterText(catalog), variant, indexed()),
});

/** A page's one row: the count of all matches, and the page's entities with the properties asked. */
export function decodePage(row: Row, properties: PropertyNames): { total: number; page: Record<string, unknown>[] } {
  return { total: row.total as number, page: (row.page as unknown[]).map((props) => propertyMap(props, properties)) };
}
