import { LABELS, nameField } from '../seed/model';
import type { AnyOf, Condition } from './filter';

/**
 * How a list page reaches Neo4j. One generic statement with the label and every test as parameters
 * is safe but slow: Neo4j 5.26 plans `MATCH (n:$($label))` as a scan of every node and cannot use an
 * index for `n[$field] = $value`. So cypher/entityPage.cypher and entityCount.cypher are templates,
 * and this module chooses their specialisations: the label, the filter's tests on indexed properties
 * and the sort written into the text. Every name written in comes from the model's labels and the
 * schema's indexes (never from the request); every value stays a parameter. A specialisation is named like
 * `entityPage@Work?seek=kind.eq,year.gte&rest=0&sort=title.asc&scan=index`, and the catalog rebuilds
 * and checks the text from that name alone.
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
}

export interface StatementCall {
  name: string;
  params: Record<string, unknown>;
}

/**
 * The two statements a page request runs: first the count (entityCount), then, knowing how many
 * match, the page itself. Reading in index order and stopping after offset + limit matches scans
 * about (offset + limit) × labelSize / total entries; sorting all matches handles `total` of them.
 * So the index is walked only when total² > (offset + limit) × labelSize.
 */
export function listStatements(label: string, q: PageQuery, indexed: IndexedProperties): {
  count: StatementCall;
  page: (counted: { total: number; labelSize: number }) => StatementCall | null;
} {
  const onLabel = indexed.get(label) ?? new Set<string>();
  // Only a filter that is one conjunction can hand tests to an index; OR-ed alternatives stay data.
  const seekable = (c: Condition) => !c.negate && c.field !== null && onLabel.has(c.field) && c.op in SEEK_OPERATORS;
  const seek = q.anyOf.length === 1 ? firstSeekable(q.anyOf[0].filter(seekable)) : [];
  const rest = q.anyOf.length === 1 ? [q.anyOf[0].filter((c) => !seek.includes(c))] : q.anyOf;
  const everything = rest.length === 1 && rest[0].length === 0;
  const filter = `seek=${seek.map((c) => `${c.field}.${c.op}`).join(',')}&rest=${everything ? 0 : 1}`;
  const params = { seek: seek.map((c) => (c.op === 'in' ? c.values : c.value)), anyOf: rest };
  const sorted = onLabel.has(q.sortField);
  const sort = sorted ? `${q.sortField}.${q.descending ? 'desc' : 'asc'}` : 'param';
  const indexOrderPossible = sorted && walksInOrder(label, q.sortField);
  return {
    count: { name: `entityCount@${label}?${filter}`, params },
    page: ({ total, labelSize }) => {
      if (q.offset >= total || q.limit === 0) return null;
      const scan = indexOrderPossible && total * total > (q.offset + q.limit) * labelSize ? 'index' : 'sort';
      return {
        name: `entityPage@${label}?${filter}&sort=${sort}&scan=${scan}`,
        params: { ...params, sortField: q.sortField, descending: q.descending, offset: q.offset, limit: q.limit },
      };
    },
  };
}

/** Index order serves only a property every entity has: one without it would drop out of the scan. */
const walksInOrder = (label: string, property: string) => property === 'id' || property === nameField(label);

const GENERIC_ORDER = 'CASE WHEN $descending THEN n[$sortField] END DESC, CASE WHEN NOT $descending THEN n[$sortField] END ASC, n.id';

/**
 * Rebuilds the text of an entityCount or entityPage specialisation from its name, refusing any name
 * listStatements would not make.
 */
export function listStatementText(template: string, restFilter: string, variant: string, indexed: IndexedProperties): string {
  const [label, query = ''] = variant.split('?');
  const onLabel = indexed.get(label);
  if (!LABELS.includes(label) || !onLabel) throw new Error(`"${label}" is not an indexed entity label`);
  const args = new URLSearchParams(query);
  const tests = (args.get('seek') ?? '').split(',').filter(Boolean);
  if (tests.length > MAX_SEEK_TESTS || new Set(tests).size < tests.length) throw new Error(`"${args.get('seek')}" is not a set of at most ${MAX_SEEK_TESTS} index tests`);
  const seek = tests.map((test, i) => {
    const [property, op] = test.split('.');
    if (!onLabel.has(property) || !SEEK_OPERATORS[op]) throw new Error(`"${test}" is not an index test on ${label}`);
    return SEEK_OPERATORS[op](property, i);
  });
  const [sortProperty, direction] = (args.get('sort') ?? 'param').split('.');
  if (sortProperty !== 'param' && (!onLabel.has(sortProperty) || !['asc', 'desc'].includes(direction))) {
    throw new Error(`"${args.get('sort')}" is not an indexed sort on ${label}`);
  }
  const inIndexOrder = args.get('scan') === 'index';
  if (inIndexOrder && (sortProperty === 'param' || !walksInOrder(label, sortProperty))) {
    throw new Error(`${label} cannot be read in the order of "${sortProperty}"`);
  }
  const slots: Record<string, string> = {
    label,
    seek: seek.join(' AND ') || 'true',
    rest: args.get('rest') === '0' ? 'true' : restFilter,
    order: sortProperty === 'param' ? GENERIC_ORDER
      : `n.${sortProperty} ${direction.toUpperCase()}${sortProperty === 'id' ? '' : ', n.id'}`,
    hint: inIndexOrder ? `USING INDEX n:${label}(${sortProperty})` : '',
    sortPresent: inIndexOrder ? `n.${sortProperty} IS NOT NULL` : 'true',
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => slots[slot]);
}
