/**
 * Filters through relationships on the lists (src/graph/relationshipFilter.ts): some, none and all over a type
 * and direction, with tests on the relationship and on the node at its other end, answered against the paper's
 * tables as the seed holds them.
 */
import { graphql, seededServerForFile } from '../support/http';

const suite = seededServerForFile();

const WORKS = `query ($filter: EntityFilter) { works(filter: $filter, first: 100, orderBy: { field: "id" }) { totalCount nodes { id } } }`;

async function workIds(filter: Record<string, unknown>): Promise<string[]> {
  const res = await graphql(suite.server.url, WORKS, { filter });
  expect(res.errors).toBeUndefined();
  expect(res.data!.works.totalCount).toBe(res.data!.works.nodes.length);
  return res.data!.works.nodes.map((n: { id: string }) => n.id);
}

async function refusal(query: string, variables: Record<string, unknown>): Promise<{ code: string; message: string }> {
  const res = await graphql(suite.server.url, query, variables);
  expect(res.data?.works ?? null).toBeNull();
  return { code: res.errors![0].extensions!.code as string, message: res.errors![0].message };
}

const jade = { field: 'id', eq: 'platform:tvb-jade' };
const hongKong = { field: 'id', eq: 'region:hong-kong' };

// Table 5: TVB's main (Jade) broadcast TV series in 2024, rows 1 to 7.
const TABLE_5 = [
  'work:death-hint',
  'work:gourmet-affairs',
  'work:the-heir-to-the-throne',
  'work:broken-trust',
  'work:sinister-beings-ii',
  'work:story-of-kunning-palace',
  'work:in-bed-with-stranger',
];

// Table 7: Hong Kong local films 2022, rows 1 to 8, the ones over HK$10 million (row 8, Far Far Away: 10,701,849).
const TABLE_7_OVER_10_MILLION = [
  'work:warriors-of-future',
  'work:table-for-six',
  'work:mamas-affair',
  'work:the-sparring-partner',
  'work:chilli-laugh-story',
  'work:detective-vs-sleuths',
  'work:hong-kong-family',
  'work:far-far-away',
];

// Table 4: Mainland Chinese and Taiwan films released in Hong Kong in 2022; the Mainland's are rows 1-3, 5-10, 12, 14-17.
const TABLE_4_MAINLAND = [
  'work:schemes-in-antiques',
  'work:ghost-wedding',
  'work:the-battle-at-lake-changjin-ii',
  'work:are-you-lonesome-tonight',
  'work:before-next-spring',
  'work:one-week-friends',
  'work:mozart-from-space',
  'work:moon-man',
  'work:wolf-pack',
  'work:give-me-five',
  'work:home-coming',
  'work:golden-escape',
  'work:in-search-of-lost-time',
  'work:farewell-beijing',
];
// Table 4, rows 4, 11, 13 and 18: the Taiwan films.
const TABLE_4_TAIWAN = ['work:my-best-friends-breakfast', 'work:mama-boy', 'work:goddamned-asura', 'work:fantasy-world'];

const releasedInHongKong2022 = { type: 'RELEASED_IN', node: hongKong, fact: { field: 'year', eq: 2022 } };

describe('filters through relationships', () => {
  it('find the works that aired on Jade in 2024 (Table 5)', async () => {
    const ids = await workIds({ some: { type: 'AIRED_ON', node: jade, fact: { field: 'year', eq: 2024 } } });
    expect(ids).toEqual([...TABLE_5].sort());
  });

  it('find the releases in Hong Kong in 2022 over HK$10 million (Table 7)', async () => {
    const ids = await workIds({
      some: { ...releasedInHongKong2022, fact: { field: 'year', eq: 2022, AND: [{ field: 'boxOfficeHKD', gt: 10_000_000 }] } },
    });
    expect(ids).toEqual([...TABLE_7_OVER_10_MILLION].sort());
  });

  it('find the works that originate from the Mainland, through the other end, and none or all of a type', async () => {
    const mainland = { type: 'ORIGINATES_FROM', node: { field: 'id', eq: 'region:mainland-china' } };
    const fromMainland = await workIds({ some: mainland });
    expect(fromMainland).toEqual(expect.arrayContaining(TABLE_4_MAINLAND));
    expect(fromMainland).not.toEqual(expect.arrayContaining([TABLE_4_TAIWAN[0]]));
    const table4Mainland = await workIds({ some: releasedInHongKong2022, AND: [{ some: mainland }] });
    expect(table4Mainland).toEqual([...TABLE_4_MAINLAND].sort());
    const table4NotMainland = await workIds({ some: releasedInHongKong2022, AND: [{ none: mainland, field: 'kind', eq: 'FILM' }] });
    // Table 4's Taiwan films and Table 7's Hong Kong films, none of them from the Mainland.
    expect(table4NotMainland).toEqual(expect.arrayContaining(TABLE_4_TAIWAN));
    expect(table4NotMainland.filter((id) => TABLE_4_MAINLAND.includes(id))).toEqual([]);
    // all: every Hong Kong release of 2022 over HK$10 million; Warriors of Future has a second, figureless one (paragraph 2).
    const allOver = await workIds({
      some: releasedInHongKong2022,
      AND: [{ all: { type: 'RELEASED_IN', fact: { field: 'boxOfficeHKD', gt: 10_000_000 } } }],
    });
    expect(allOver).toEqual(TABLE_7_OVER_10_MILLION.filter((id) => id !== 'work:warriors-of-future').sort());
  });

  it('go through the other end in turn: regions whose works aired on Jade in prime time (Table 6)', async () => {
    const res = await graphql(
      suite.server.url,
      `
        query ($filter: EntityFilter) {
          regions(filter: $filter, first: 10) {
            nodes {
              id
            }
          }
        }
      `,
      {
        filter: {
          some: {
            type: 'ORIGINATES_FROM',
            direction: 'IN',
            node: { some: { type: 'AIRED_ON', node: jade, fact: { field: 'primeTime', eq: true } } },
          },
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.regions.nodes).toEqual([{ id: 'region:mainland-china' }]);
  });

  it('refuse a type outside the model, a label the type never reaches, and nesting beyond the bound, naming each', async () => {
    expect(await refusal(WORKS, { filter: { some: { type: 'LIKES' } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('filter.some.type: "LIKES" is not a relationship type of the model'),
    });
    expect(await refusal(WORKS, { filter: { some: { type: 'AIRED_ON', label: 'Region' } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('filter.some.label: AIRED_ON OUT from Work reaches Platform, not Region'),
    });
    expect(await refusal(WORKS, { filter: { some: { type: 'OPERATES' } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('filter.some: no OPERATES relationship goes OUT from Work'),
    });
    const remade = (node?: Record<string, unknown>) => ({ type: 'REMADE_AS', node });
    const deep = { some: remade({ some: remade({ some: remade({ none: remade() }) }) }) };
    expect(await refusal(WORKS, { filter: deep })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('filter.some.node.some.node.some.node.none: relationship filters nest at most 3 deep'),
    });
    expect(await refusal(WORKS, { filter: { some: { type: 'AIRED_ON', fact: { some: { type: 'AIRED_ON' } } } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining("filter.some.fact.some: a relationship's own properties take no relationship filters"),
    });
  });

  it('take alternatives and NOT around relationship filters: Table 5 works bought, or outsourced, and not from Table 4', async () => {
    const aired = (acquisition: string) => ({ some: { type: 'AIRED_ON', node: jade, fact: { field: 'acquisition', eq: acquisition } } });
    const ids = await workIds({ OR: [aired('purchased'), aired('outsourced')], NOT: { some: releasedInHongKong2022 } });
    // Table 5 rows 2 (outsourced), 3 and 6 (purchased); seed/21 adds Jade's other bought and outsourced dramas.
    expect(ids).toEqual(expect.arrayContaining(['work:gourmet-affairs', 'work:the-heir-to-the-throne', 'work:story-of-kunning-palace']));
    expect(ids).not.toContain('work:death-hint');
    // The same works as asking each alternative apart: the OR picks from the relationship filters as a list.
    const apart = [...(await workIds(aired('purchased'))), ...(await workIds(aired('outsourced')))];
    expect(ids).toEqual([...new Set(apart)].sort());
  });

  it('run one statement per list, and refuse a property no entity or relationship has, naming it', async () => {
    const filter = { some: { type: 'AIRED_ON', node: jade, fact: { field: 'year', eq: 2024 } } };
    suite.server.statements.length = 0;
    await workIds(filter);
    // The graph's property names are read once, by the first request that names one, and kept.
    expect(suite.server.statements.map((s) => s.query.split('?')[0])).toEqual(expect.arrayContaining(['entityPage@Work']));
    suite.server.statements.length = 0;
    await workIds(filter);
    expect(suite.server.statements.map((s) => s.query.split('?')[0])).toEqual(['entityPage@Work']);
    expect(await refusal(WORKS, { filter: { some: { type: 'RELEASED_IN', fact: { field: 'boxOffice', gt: 1 } } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('filter.some.fact.field: "boxOffice" is not a property any entity or relationship of the graph has'),
    });
  });

  it('count toward the query cost: a filter of many deep relationship tests is refused before it reaches Neo4j', async () => {
    const remade = (node?: Record<string, unknown>) => ({ type: 'REMADE_AS', node });
    const deep = { some: remade({ some: remade({ some: remade() }) }) };
    // Each such chain reads 10 + 100 + 1000 (LIST_COST_ESTIMATE 10, one power per level) and plans three tests at
    // 500 each: two of them fit; ten are 30 tests, over MAX_FILTER_RELATIONSHIP_TESTS (8).
    const affordable = await graphql(suite.server.url, WORKS, { filter: { OR: Array(2).fill(deep) } });
    expect(affordable.errors).toBeUndefined();
    suite.server.statements.length = 0;
    const refused = await graphql(suite.server.url, WORKS, { filter: { OR: Array(10).fill(deep) } });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 8, actual: 30 });
    expect(suite.server.statements).toEqual([]);
  });
});
