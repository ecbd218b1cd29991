/**
 * Aggregates over lists and facts (src/graph/aggregate.ts): counts, exact sums, averages rounded to the paper's
 * precision, values the paper does not give counted as missing, groups by a property and through a relationship,
 * answered against the paper's tables as the seed holds them. The expected figures are the paper's own, typed here.
 */
import { Statements } from '../../src/graph/statements';
import { graphql, seededServerForFile } from '../support/http';
import { testEnv } from '../support/neo4j';

const suite = seededServerForFile();

const FACTS = `query ($type: String!, $fact: EntityFilter, $from: EntityFilter, $to: EntityFilter, $properties: [String!], $groupBy: FactGroupBy) {
  factsAggregate(type: $type, fact: $fact, from: $from, to: $to, properties: $properties, groupBy: $groupBy) {
    key node { id } count values { property known missing sum average min max rounding }
  }
}`;
const WORKS = `query ($filter: EntityFilter, $properties: [String!], $groupBy: AggregateGroupBy) {
  worksAggregate(filter: $filter, properties: $properties, groupBy: $groupBy) {
    key node { id } count values { property known missing sum average min max rounding }
  }
}`;

async function ask(query: string, variables: Record<string, unknown>): Promise<any[]> {
  const res = await graphql(suite.server.url, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.factsAggregate ?? res.data!.worksAggregate;
}

const hongKong = { field: 'id', eq: 'region:hong-kong' };
const fromRegion = (id: string) => ({ some: { type: 'ORIGINATES_FROM', node: { field: 'id', eq: id } } });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// Table 4, Cumulative Box Office (HK$) of the Mainland films: rows 1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 17.
const TABLE_4_MAINLAND_BOX_OFFICE = [77336, 20095, 3203600, 4214, 78179, 31330, 8538, 528303, 230057, 38681, 983644, 28482, 136453, 62205];
// Table 7, Box Office (HK$), rows 1 to 27.
const TABLE_7_BOX_OFFICE = [
  81821966, 77395003, 43990654, 43012421, 32624642, 16223882, 12514991, 10701849, 8462006, 4855087, 3645941, 2146562, 1742642, 1434833,
  1306809, 885888, 720691, 641672, 588922, 485903, 481945, 445874, 428111, 209846, 180470, 141759, 98032,
];

describe('aggregates', () => {
  it('total the box office of Mainland films in Hong Kong in 2022 exactly (Table 4), the average to the whole HK$', async () => {
    const [total] = await ask(FACTS, {
      type: 'RELEASED_IN',
      fact: { field: 'year', eq: 2022 },
      to: hongKong,
      from: fromRegion('region:mainland-china'),
      properties: ['boxOfficeHKD'],
    });
    const expected = sum(TABLE_4_MAINLAND_BOX_OFFICE);
    expect(expected).toBe(5431117);
    expect(total).toEqual({
      key: null,
      node: null,
      count: 14,
      values: [
        {
          property: 'boxOfficeHKD',
          known: 14,
          missing: 0,
          sum: expected,
          average: Math.round(expected / 14),
          min: 4214, // row 5, Are You Lonesome Tonight?
          max: 3203600, // row 3, The Battle at Lake Changjin II
          rounding: 'to the whole unit, the precision the paper gives boxOfficeHKD, half away from zero',
        },
      ],
    });
  });

  it("average the ratings of Jade's prime-time Mainland dramas by year to two decimals (Table 6)", async () => {
    const byYear = await ask(FACTS, {
      type: 'AIRED_ON',
      to: { field: 'id', eq: 'platform:tvb-jade' },
      fact: { field: 'primeTime', eq: true },
      properties: ['rating'],
      groupBy: { property: 'year' },
    });
    expect(byYear.map((g) => ({ year: g.key, count: g.count, average: g.values[0].average, sum: g.values[0].sum }))).toEqual([
      // 2022: The Imperial Coroner 23, Royal Feast 19, A Dream of Splendor 19.8: 61.8 / 3.
      { year: 2022, count: 3, average: 20.6, sum: 61.8 },
      // 2023: Side Story of Fox Volant 16.45, New Life Begins 17.3, Eightfold Path 15.4, Destined 19.2: 68.35 / 4 = 17.0875.
      { year: 2023, count: 4, average: 17.09, sum: 68.35 },
    ]);
    expect(byYear[0].values[0].rounding).toBe('to 2 decimal places, the precision the paper gives rating, half away from zero');
  });

  it('count the films per origin of Table 4, through ORIGINATES_FROM', async () => {
    const perOrigin = await ask(WORKS, {
      filter: {
        some: { type: 'RELEASED_IN', node: hongKong, fact: { field: 'year', eq: 2022 } },
        AND: [{ some: { type: 'ORIGINATES_FROM', node: { field: 'id', in: ['region:mainland-china', 'region:taiwan'] } } }],
      },
      groupBy: { relationship: { type: 'ORIGINATES_FROM' } },
    });
    // Table 4: 18 rows, the Taiwan films in rows 4, 11, 13 and 18.
    expect(perOrigin.map((g) => [g.node.id, g.count])).toEqual([
      ['region:mainland-china', 14],
      ['region:taiwan', 4],
    ]);
  });

  it('say how many facts give no figure instead of counting them as 0: Warriors of Future’s second release (Table 7)', async () => {
    const [local] = await ask(FACTS, {
      type: 'RELEASED_IN',
      fact: { field: 'year', eq: 2022 },
      to: hongKong,
      from: fromRegion('region:hong-kong'),
      properties: ['boxOfficeHKD'],
    });
    // 27 rows of Table 7 and the release paragraph 2 of "Hong Kong: The Resurgence of Local Industries" gives no figure for.
    expect(local.count).toBe(28);
    expect(local.values[0]).toMatchObject({ known: 27, missing: 1, sum: sum(TABLE_7_BOX_OFFICE) });
    expect(local.values[0].average).toBe(Math.round(sum(TABLE_7_BOX_OFFICE) / 27));
  });

  it('run one statement, reaching the fact’s end by id through its unique index', async () => {
    const variables = { type: 'RELEASED_IN', to: hongKong, fact: { field: 'year', eq: 2022 }, properties: ['admissions'] };
    await ask(FACTS, variables);
    suite.server.statements.length = 0;
    await ask(FACTS, variables);
    expect(suite.server.statements.map((s) => s.query.split('?')[0])).toEqual(['factAggregate@RELEASED_IN']);
    const [statement] = suite.server.statements;
    const text = new Statements().text(statement.query);
    const result = await suite.driver.executeQuery(`EXPLAIN ${text}`, statement.params as Record<string, unknown>, {
      database: testEnv().NEO4J_DATABASE,
    });
    const plan = JSON.stringify(result.summary.plan);
    expect(plan).toContain('NodeUniqueIndexSeek');
    expect(plan).not.toContain('AllNodesScan');
  });

  it('refuse a property no entity or relationship has, a type outside the model and a grouping lists cannot have, naming each', async () => {
    const refused = async (query: string, variables: Record<string, unknown>) => {
      const res = await graphql(suite.server.url, query, variables);
      return { code: res.errors?.[0].extensions?.code, message: res.errors?.[0].message };
    };
    expect(await refused(FACTS, { type: 'RELEASED_IN', properties: ['boxOffice'] })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'properties[0]: "boxOffice" is not a property any entity or relationship of the graph has',
    });
    expect(await refused(FACTS, { type: 'SCREENED_IN', properties: [] })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'type: "SCREENED_IN" is not a relationship type of the model',
    });
    expect(await refused(WORKS, { groupBy: { relationship: { type: 'HAILS_FROM' } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'groupBy.relationship: no HAILS_FROM relationship goes OUT from Work',
    });
    // An empty name, as the fuzz test sends it, is a refusal, not an internal error.
    expect(await refused(WORKS, { groupBy: { property: '' } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'groupBy.property: "" is not a property name',
    });
    expect(await refused(FACTS, { type: 'AIRED_ON', groupBy: { property: 'year', end: 'TO' } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'groupBy: give one of property, relationship or end',
    });
  });
});
