/**
 * A search reads its later tiers (pinyin, jyutping, prefix, typo) only when its exact words leave fewer
 * hits than asked for, since every later hit ranks below every exact one. The answer must be the one
 * reading every tier gives, and a search its exact words fill must not read the later tiers at all.
 */
import type { Driver } from 'neo4j-driver';
import { Statements } from '../../src/graph/statements';
import { searchParams } from '../../src/graph/search/run';
import { loadRealSeed } from '../seed/graphChecksum';
import { testDriver, testEnv } from '../support/neo4j';

const statements = new Statements();
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await loadRealSeed(driver);
});
afterAll(() => driver.close());

type Params = Record<string, unknown>;

const paramsFor = (text: string, labels: string[], limit: number): Params => ({
  ...searchParams(text),
  labels,
  limit,
  scanLimit: limit * 5,
  properties: ['title', 'name'],
});

/** The same search with every tier read at once, as before the later tiers waited. */
const everyTierAtOnce = (params: Params): Params => {
  const { tiers, laterTiers } = params as unknown as ReturnType<typeof searchParams>;
  return { ...params, tiers: [...tiers, ...laterTiers], laterTiers: [] };
};

async function run(params: Params, profile = false) {
  const result = await driver.executeQuery(`${profile ? 'PROFILE ' : ''}${statements.text('searchEntities')}`, params, {
    database: testEnv().NEO4J_DATABASE,
  });
  return result;
}

/**
 * How many tiers each of the statement's two readings sent to the index, from the plan: the rows into
 * each tier's call (its Argument `tier`; Neo4j counts no rows for a procedure call itself).
 */
function tiersRead(profile: unknown): number[] {
  const rows: number[] = [];
  const walk = (p: { operatorType: string; rows: number; arguments: Record<string, unknown>; children: unknown[] }) => {
    if (p.operatorType.startsWith('Argument') && p.arguments.Details === 'tier') rows.push(p.rows);
    p.children.forEach((c) => walk(c as typeof p));
  };
  walk(profile as Parameters<typeof walk>[0]);
  return rows;
}

const keptOf = async (params: Params) => (await run(params)).records[0].get('kept');

describe('the later tiers of a search', () => {
  it.each([
    ['hong kong', [], 2],
    ['hong kong', ['Work'], 3],
    ['palace', ['Work'], 20],
    ['Warr', ['Work'], 2],
    ['Infernall Affairs', [], 5],
    ['infernal', [], 1],
    ['wu jian dao', [], 3],
    ['無間道', [], 3],
  ])('answer "%s" (%j, first %i) as reading every tier at once does', async (text, labels, limit) => {
    const params = paramsFor(text, labels as string[], limit);
    expect(await keptOf(params)).toEqual(await keptOf(everyTierAtOnce(params)));
  });

  it('are not read when the exact words fill the answer', async () => {
    // At paper scale a region, a studio, a policy and more have the words "hong kong" in their names.
    const params = paramsFor('hong kong', [], 2);
    expect((params.laterTiers as unknown[]).length).toBeGreaterThan(0);
    expect(tiersRead((await run(params, true)).summary.profile)).toEqual([1, 0]);
  });

  it('are read when the exact words leave too few', async () => {
    // "Warr" is no word of any name: Warriors of Future by its prefix, Drug War by a typo.
    const params = paramsFor('Warr', ['Work'], 2);
    expect(tiersRead((await run(params, true)).summary.profile)).toEqual([1, (params.laterTiers as unknown[]).length]);
  });
});
