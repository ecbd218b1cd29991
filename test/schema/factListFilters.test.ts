/**
 * Filters on the fact lists of entity types (`Region.releases(filter:)`, `Work.airings(filter:)`, `facts(type:,
 * filter:)`): tests on each fact and on the node at its other end, that node's own relationship filters included,
 * tested in Neo4j through the relationship loader's batched statements (src/graph/statements/relationshipsOfType.ts),
 * answered against the paper's tables.
 */
import { graphql, seededServerForFile } from '../support/http';

const suite = seededServerForFile();

const mainland = { type: 'ORIGINATES_FROM', node: { field: 'id', eq: 'region:mainland-china' } };
const taiwan = { type: 'ORIGINATES_FROM', node: { field: 'id', eq: 'region:taiwan' } };

const HONG_KONG_RELEASES = `
  query ($filter: FactListFilter) {
    region(id: "region:hong-kong") { releases(filter: $filter) { node { id ... on Work { title } } boxOfficeHKD admissions locator } }
  }`;

async function releases(filter: Record<string, unknown>): Promise<[string, number, number][]> {
  const res = await graphql(suite.server.url, HONG_KONG_RELEASES, { filter });
  expect(res.errors).toBeUndefined();
  return res
    .data!.region.releases.map((r: any) => [r.node.title, r.boxOfficeHKD, r.admissions])
    .sort((a: any, b: any) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

async function refusal(query: string, variables: Record<string, unknown>): Promise<{ code: string; message: string }> {
  const res = await graphql(suite.server.url, query, variables);
  expect(res.errors).toBeDefined();
  return { code: res.errors![0].extensions!.code as string, message: res.errors![0].message };
}

const JADE_2024 = '{ some: { type: "AIRED_ON", node: { field: "id", eq: "platform:tvb-jade" }, fact: { field: "year", eq: 2024 } } }';

const filtered = (query: string) => query.startsWith('relationshipsOfType@') && query.includes('?filter=');

describe('filters on fact lists', () => {
  it("answer from the paper: Hong Kong's 2022 releases over HK$500,000 of Mainland films, and Taiwan's films (Table 4)", async () => {
    // Table 4, rows 3, 14 and 9: box office HK$ and admissions as printed; row 4 (1,583,359) is a Taiwan film.
    expect(
      await releases({ fact: { field: 'year', eq: 2022, AND: [{ field: 'boxOfficeHKD', gt: 500000 }] }, node: { some: mainland } }),
    ).toEqual([
      ['The Battle at Lake Changjin II', 3203600, 41917],
      ['Home Coming', 983644, 14349],
      ['Moon Man', 528303, 8207],
    ]);
    // Table 4, rows 4, 11, 13 and 18: the Taiwan films.
    expect(await releases({ fact: { field: 'year', eq: 2022 }, node: { some: taiwan } })).toEqual([
      ["My Best Friend's Breakfast", 1583359, 23485],
      ['Mama Boy', 209922, 3271],
      ['Goddamned Asura', 199939, 3150],
      ['Fantasy World', 194658, 3266],
    ]);
    // none: Table 4's 2022 releases not from the Mainland and under HK$250,000 are Taiwan's three smaller ones.
    const notMainland = await releases({
      fact: { field: 'year', eq: 2022, AND: [{ field: 'boxOfficeHKD', lt: 250000 }] },
      node: { none: mainland, some: taiwan },
    });
    expect(notMainland.map((r) => r[0])).toEqual(['Mama Boy', 'Goddamned Asura', 'Fantasy World']);
  });

  it('take the filter on any fact field and on facts(type:, direction:): Table 5, Jade in 2024', async () => {
    const res = await graphql(
      suite.server.url,
      `
        {
          platform(id: "platform:tvb-jade") {
            facts(type: "AIRED_ON", direction: IN, filter: { fact: { field: "year", eq: 2024 } }) {
              node {
                id
              }
            }
          }
          work(id: "work:death-hint") {
            airings(filter: { node: { field: "id", eq: "platform:tvb-jade" } }) {
              year
            }
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    // Table 5: TVB's main (Jade) broadcast TV series in 2024, rows 1 to 7, Death Hint among them; the same works
    // as the list filter through AIRED_ON finds (test/schema/relationshipFilters.test.ts holds those to the table).
    const onJade = res.data!.platform.facts.map((f: any) => f.node.id).sort();
    expect(onJade).toHaveLength(7);
    expect(onJade).toContain('work:death-hint');
    const list = await graphql(suite.server.url, '{ works(filter: $f, first: 20) { nodes { id } } }'.replace('$f', JADE_2024), {});
    expect(list.data!.works.nodes.map((n: any) => n.id).sort()).toEqual(onJade);
    expect(res.data!.work.airings.map((a: any) => a.year)).toContain(2024);
  });

  it("send the filter's values as parameters, its shape in the statement's name", async () => {
    suite.server.statements.length = 0;
    await releases({ fact: { field: 'year', eq: 2022, AND: [{ field: 'boxOfficeHKD', gt: 500000 }] }, node: { some: mainland } });
    const sent = suite.server.statements.filter((s) => filtered(s.query));
    expect(sent).toHaveLength(1);
    const [statement] = sent;
    expect(statement.query.split('?')[0]).toBe('relationshipsOfType@RELEASED_IN');
    // The name (and so the text) holds the type, direction, labels and which tests there are; none of the values.
    for (const value of ['500000', '2022', 'region:mainland-china', 'boxOfficeHKD']) expect(statement.query).not.toContain(value);
    const [key] = (statement.params.byLabel as Record<string, any[]>).Region;
    expect(key).toMatchObject({ id: 'region:hong-kong', type: 'RELEASED_IN', direction: 'IN' });
    expect(JSON.stringify(key.filter)).toContain('"boxOfficeHKD"');
    expect(JSON.stringify(key.filter)).toContain('500000');
    expect(key.filter.rels[0].id).toBe('region:mainland-china');
  });

  it('batch parents whose filters have one shape into one statement, their values apart', async () => {
    suite.server.statements.length = 0;
    const res = await graphql(
      suite.server.url,
      `
        {
          a: work(id: "work:the-battle-at-lake-changjin-ii") {
            title
            releases(filter: { fact: { field: "year", eq: 2022 } }) {
              boxOfficeHKD
            }
          }
          b: work(id: "work:moon-man") {
            title
            releases(filter: { fact: { field: "year", eq: 2022 } }) {
              boxOfficeHKD
            }
          }
          c: work(id: "work:home-coming") {
            title
            releases(filter: { fact: { field: "year", eq: 2023 } }) {
              boxOfficeHKD
            }
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    // Table 4, rows 3 and 9; Home Coming's release (row 14) started in 2022, so none of its releases is of 2023.
    expect(res.data!.a.releases.map((r: any) => r.boxOfficeHKD)).toContain(3203600);
    expect(res.data!.b.releases.map((r: any) => r.boxOfficeHKD)).toContain(528303);
    expect(res.data!.c.releases.map((r: any) => r.boxOfficeHKD)).not.toContain(983644);
    const sent = suite.server.statements.filter((s) => filtered(s.query));
    expect(sent).toHaveLength(1);
    expect((sent[0].params.byLabel as Record<string, unknown[]>).Work).toHaveLength(3);
  });

  it('keep one node asked twice with one shape and different values apart (two aliases)', async () => {
    suite.server.statements.length = 0;
    const res = await graphql(
      suite.server.url,
      `
        {
          work(id: "work:moon-man") {
            of2022: releases(filter: { fact: { field: "year", eq: 2022 } }) {
              boxOfficeHKD
            }
            of2023: releases(filter: { fact: { field: "year", eq: 2023 } }) {
              boxOfficeHKD
            }
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    // Table 4, row 9: Moon Man's Hong Kong release started on 2022-09-29, HK$528,303.
    expect(res.data!.work.of2022.map((r: any) => r.boxOfficeHKD)).toContain(528303);
    expect(res.data!.work.of2023.map((r: any) => r.boxOfficeHKD)).not.toContain(528303);
    expect(suite.server.statements.filter((s) => filtered(s.query))).toHaveLength(2);
  });

  it('leave an unfiltered fact list as it was: no filtered statement, the same facts', async () => {
    suite.server.statements.length = 0;
    const res = await graphql(
      suite.server.url,
      `
        {
          work(id: "work:moon-man") {
            releases {
              boxOfficeHKD
            }
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    expect(suite.server.statements.filter((s) => filtered(s.query))).toEqual([]);
    expect(res.data!.work.releases.map((r: any) => r.boxOfficeHKD)).toContain(528303);
  });

  it('refuse an unknown property, a type outside the model, a label never reached and nesting too deep, naming each', async () => {
    expect(await refusal(HONG_KONG_RELEASES, { filter: { fact: { field: 'boxOffice', gt: 1 } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('filter.fact.field: "boxOffice" is not a property any entity or relationship of the graph has'),
    });
    const facts = `{ region(id: "region:hong-kong") { facts(type: "NOT_A_TYPE", filter: {}) { locator } } }`;
    expect(await refusal(facts, {})).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('filter.type: "NOT_A_TYPE" is not a relationship type of the model'),
    });
    expect(await refusal(HONG_KONG_RELEASES, { filter: { label: 'Platform' } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('filter.label: RELEASED_IN IN from Region reaches Work, not Platform'),
    });
    const remade = (node?: Record<string, unknown>) => ({ type: 'REMADE_AS', node });
    expect(await refusal(HONG_KONG_RELEASES, { filter: { node: { some: remade({ some: remade({ some: remade() }) }) } } })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('filter.node.some.node.some.node.some: relationship filters nest at most 3 deep'),
    });
  });

  it("count toward the query cost: a fact list's filter of many deep relationship tests is refused before Neo4j", async () => {
    const remade = (node?: Record<string, unknown>) => ({ type: 'REMADE_AS', node });
    const deep = { some: remade({ some: remade() }) };
    // Each such chain stands one level down the fact list: it reads 100 + 1000 (LIST_COST_ESTIMATE 10) and plans two
    // tests at 500 each: three fit; ten are 20 tests, over MAX_FILTER_RELATIONSHIP_TESTS (8).
    const affordable = await graphql(suite.server.url, HONG_KONG_RELEASES, { filter: { node: { OR: Array(3).fill(deep) } } });
    expect(affordable.errors).toBeUndefined();
    suite.server.statements.length = 0;
    const refused = await graphql(suite.server.url, HONG_KONG_RELEASES, { filter: { node: { OR: Array(10).fill(deep) } } });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 8, actual: 20 });
    expect(suite.server.statements).toEqual([]);
  });
});
