/**
 * The cost model's formulas for what Neo4j plans and what path answers hold (src/server/limits/filterCost.ts,
 * queryCost.ts, src/schema/questions/pathBudget.ts), on the real schema, without a database.
 */
import 'reflect-metadata';
import { GraphQLSchema, OperationDefinitionNode, parse } from 'graphql';
import { loadConfig } from '../../src/config/config';
import { RELATIONSHIP_TEST_COST, relationshipTests } from '../../src/server/limits/filterCost';
import { costOf } from '../../src/server/limits/queryCost';
import { LimitError } from '../../src/server/limits/limitError';
import { PathBudget } from '../../src/schema/questions/pathBudget';

const QUANTIFIERS = ['some', 'none', 'all'];
const TYPES = ['EXPORTED_TO', 'IMPORTED_FROM'];
/** Test i of the 16-way OR: quantifier, type and direction in turn, each with a test on the fact. */
const test = (i: number) => ({
  [QUANTIFIERS[i % 3]]: { type: TYPES[i % 2], direction: i % 4 < 2 ? 'OUT' : 'IN', fact: { field: 'year', gte: 2000 + i } },
});
const orOf = (n: number) => ({ OR: Array.from({ length: n }, (_, i) => test(i)) });

let schema: GraphQLSchema;
beforeAll(async () => {
  const { buildGraphSchema } = await import('../../src/schema');
  schema = await buildGraphSchema();
});

const limits = (env: Record<string, string> = {}) => loadConfig(env).limits;
function cost(query: string, variables: Record<string, unknown> = {}, env: Record<string, string> = {}): number {
  const document = parse(query);
  return costOf(document, document.definitions[0] as OperationDefinitionNode, variables, schema, limits(env));
}
const REGIONS = 'query R($f: EntityFilter) { regions(first: 100, filter: $f) { totalCount } }';

describe('relationshipTests', () => {
  it('counts every some, none and all, in every alternative and at every level', () => {
    expect(relationshipTests(orOf(16))).toBe(16);
    expect(relationshipTests({ AND: [orOf(3), { NOT: test(4) }] })).toBe(4);
    // A some whose other end has two tests of its own, one of them on its far end again: three subqueries.
    expect(
      relationshipTests({ some: { type: 'EXPORTED_TO', node: { OR: [test(0), { some: { type: 'PART_OF', node: test(1) } }] } } }),
    ).toBe(4);
    // A fact list's filter is not itself a test; the tests of its other end are.
    expect(relationshipTests({ fact: { field: 'year', eq: 2022 }, node: { AND: [test(0), test(1)] } })).toBe(2);
    expect(relationshipTests({ field: 'name', eq: 'Japan' })).toBe(0);
    expect(relationshipTests(null)).toBe(0);
  });
});

describe("a filter's relationship tests in the cost", () => {
  it('refuses a filter of more than MAX_FILTER_RELATIONSHIP_TESTS, naming the limit and the count', () => {
    let refusal: unknown;
    try {
      cost(REGIONS, { f: orOf(16) });
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(LimitError);
    expect((refusal as LimitError).extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 8, actual: 16 });
    expect((refusal as LimitError).message).toMatch(
      /regions\(filter:\) holds 16 relationship tests.*at most 8.*MAX_FILTER_RELATIONSHIP_TESTS/,
    );
    expect(() => cost(REGIONS, { f: orOf(9) })).toThrow(/holds 9 relationship tests/);
    expect(() => cost(REGIONS, { f: orOf(16) }, { MAX_FILTER_RELATIONSHIP_TESTS: '16' })).not.toThrow();
  });

  it('charges RELATIONSHIP_TEST_COST for planning each test, on top of what the tests read', () => {
    const plain = cost(REGIONS, { f: { field: 'name', eq: 'Japan' } });
    // Each one-level test reads listEstimate (10) relationships per region, and is planned once.
    expect(cost(REGIONS, { f: orOf(1) }) - plain).toBe(10 + RELATIONSHIP_TEST_COST);
    expect(cost(REGIONS, { f: orOf(8) }) - plain).toBe(8 * (10 + RELATIONSHIP_TEST_COST));
  });

  it('charges the planning once per field written, not once per item of the list around it', () => {
    const nested = (f: unknown) =>
      cost('query W($f: FactListFilter) { works(first: 100) { nodes { releases(filter: $f) { year } } } }', { f });
    const read = nested({ fact: { field: 'year', eq: 2022 } });
    const withTest = nested({ node: test(0) });
    // The node test reads 10 × 10 relationships at its depth for each of the 100 works; planning is paid once.
    expect(withTest - read).toBe(100 * 100 + RELATIONSHIP_TEST_COST);
  });
});

describe('PathBudget', () => {
  it('lets a search read one path more than it may answer, within what the request has left', () => {
    const budget = new PathBudget(200, 500);
    expect(budget.nextLimit()).toBe(201);
    budget.take(200, 'a and b');
    budget.take(200, 'a and c');
    expect(budget.nextLimit()).toBe(101);
  });

  it('refuses an answer over MAX_PATHS_PER_ANSWER and one that takes the request over MAX_PATHS_PER_REQUEST', () => {
    const budget = new PathBudget(200, 500);
    expect(() => budget.take(201, 'region:japan and region:mainland-china within 6 steps')).toThrow(
      /more than 200 shortest paths join region:japan and region:mainland-china within 6 steps.*MAX_PATHS_PER_ANSWER/,
    );
    budget.take(200, 'a and b');
    budget.take(200, 'a and c');
    let refusal: unknown;
    try {
      budget.take(101, 'a and d');
    } catch (err) {
      refusal = err;
    }
    expect((refusal as LimitError).message).toMatch(/more than 500.*MAX_PATHS_PER_REQUEST/);
    expect((refusal as LimitError).extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 500 });
    // A refused answer takes nothing: the request's last 100 paths are still there.
    budget.take(100, 'a and e');
    expect(budget.nextLimit()).toBe(1);
  });
});
