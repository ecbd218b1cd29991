/**
 * A search reads its later tiers (pinyin, jyutping, prefix) only when its exact words leave fewer hits
 * than asked for, since every later hit ranks below every exact one; and its typo tier only when those
 * still leave too few and nothing of the asked types has the text as typed (exact words, pinyin or
 * jyutping). The answer must be the one reading every tier at once gives under that rule, and a search
 * must not read the tiers it does not need.
 */
import type { Driver } from 'neo4j-driver';
import { Statements } from '../../src/graph/statements';
import { MATCH_KINDS, MatchKind } from '../../src/graph/search/plan';
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

type Plan = ReturnType<typeof searchParams>;

/** The same search with the given tiers read at once, none waiting. */
const atOnce = (params: Params, tiers: Plan['tiers']): Params => ({ ...params, tiers, laterTiers: [], typoTiers: [] });

/** The same search with every tier, typos included, read at once. */
const everyTierAtOnce = (params: Params): Params => {
  const { tiers, laterTiers, typoTiers } = params as unknown as Plan;
  return atOnce(params, [...tiers, ...laterTiers, ...typoTiers]);
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

/**
 * The answer by the rule, from readings of every tier at once: the tiers before the typos; and when those
 * leave fewer than `limit` and none of the kept hits ranks above a prefix (as typed), every tier.
 */
async function byTheRule(params: Params): Promise<unknown[]> {
  const { tiers, laterTiers, typoTiers, prefixRank } = params as unknown as Plan;
  const untyped = await keptOf(atOnce(params, [...tiers, ...laterTiers]));
  const asTyped = untyped.some((hit: unknown[]) => Number(hit[3]) < prefixRank);
  if (untyped.length >= Number(params.limit) || asTyped || typoTiers.length === 0) return untyped;
  return keptOf(everyTierAtOnce(params));
}

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
    ['Affair', ['Work'], 20],
    ['wu jian dao', ['Work'], 20],
    ['palace', ['Person'], 5],
    ['war', ['Work'], 20],
  ])('answer "%s" (%j, first %i) as reading every tier at once does, by the rule', async (text, labels, limit) => {
    const params = paramsFor(text, labels as string[], limit);
    expect(await keptOf(params)).toEqual(await byTheRule(params));
  });

  it('are not read when the exact words fill the answer', async () => {
    // At paper scale a region, a studio, a policy and more have the words "hong kong" in their names.
    const params = paramsFor('hong kong', [], 2);
    expect((params.laterTiers as unknown[]).length).toBeGreaterThan(0);
    expect(tiersRead((await run(params, true)).summary.profile)).toEqual([1, 0, 0]);
  });

  it('are read when the exact words leave too few, and the typos when nothing has the text as typed', async () => {
    // "Warr" is no word of any name: Warriors of Future by its prefix, Drug War by a typo.
    const params = paramsFor('Warr', ['Work'], 2);
    expect(tiersRead((await run(params, true)).summary.profile)).toEqual([1, 3, 1]);
  });

  it.each([
    // Two works have the word "palace" (the benchmark's search); Moon Man (独行月球) has the pinyin.
    ['palace', 'EXACT'],
    ['du xing yue qiu', 'PINYIN'],
  ])('leave the typos unread when a work has "%s" as typed (%s)', async (text, kind) => {
    const params = paramsFor(text, ['Work'], 20);
    expect((await keptOf(params))[0][3]).toBe(MATCH_KINDS.indexOf(kind as MatchKind));
    expect((params.typoTiers as unknown[]).length).toBe(1);
    expect(tiersRead((await run(params, true)).summary.profile)).toEqual([1, 3, 0]);
  });

  it('leave out the works a typo reading would add to a text some work has as typed', async () => {
    // "war" is a word of Drug War's title; read as a typo it would also find Far Far Away ("far").
    const params = paramsFor('war', ['Work'], 20);
    const kept = await keptOf(params);
    const typoRead = await keptOf(everyTierAtOnce(params));
    expect(typoRead.slice(0, kept.length)).toEqual(kept);
    expect(typoRead.length).toBeGreaterThan(kept.length);
    expect(typoRead.slice(kept.length).map((hit: unknown[]) => Number(hit[3]))).toContain(MATCH_KINDS.indexOf('FUZZY'));
  });
});
