import neo4j from 'neo4j-driver';
import { tierQueries } from '../../src/graph/search/run';
import { graphql, seededServerForFile } from '../support/http';
import { cypher } from '../support/neo4j';

const PAGE = `query ($filter: EntityFilter, $orderBy: EntityOrder, $first: Int, $after: String) {
  works(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title year runtimeMinutes } }
  }
}`;

const suite = seededServerForFile();

const works = async (variables: Record<string, unknown>) => {
  const res = await graphql(suite.server.url, PAGE, variables);
  return { res, works: res.data?.works };
};
const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);

describe('lists, filters, sorting and pages', () => {
  it('counts every work and pages through them without gaps or repeats', async () => {
    const [{ c }] = await cypher(suite.driver, 'MATCH (w:Work) RETURN count(w) AS c');
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const { works: page } = await works({ first: 40, after });
      expect(page.totalCount).toBe(c);
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(c as number);
    expect(new Set(seen).size).toBe(c);
    expect([...seen].sort()).toEqual(seen);
  });

  it('reads of each entity on a page the properties the query selects under nodes and edges, all for `properties`', async () => {
    const page = async (selection: string) => {
      suite.server.statements.length = 0;
      const res = await graphql(
        suite.server.url,
        `{ works(first: 8, orderBy: { field: "title", direction: ASC }) { totalCount ${selection} } }`,
      );
      expect(res.errors).toBeUndefined();
      return {
        works: res.data!.works,
        asked: suite.server.statements.find((s) => s.query.startsWith('entityPage@Work'))!.params.properties,
      };
    };
    const named = await page('nodes { title } edges { cursor node { year } }');
    expect(named.asked).toEqual(['id', 'title', 'year']);
    const whole = await page('nodes { id properties }');
    expect(whole.asked).toBeNull();
    const stored = await cypher(suite.driver, 'MATCH (w:Work) RETURN w.title AS title, w.year AS year ORDER BY w.title, w.id LIMIT 8');
    expect(named.works.nodes.map((n: { title: string }) => n.title)).toEqual(stored.map((w) => w.title));
    // The named values are the stored ones; a property a work does not have answers null.
    expect(named.works.edges.map((e: { node: { year: number | null } }) => e.node.year)).toEqual(stored.map((w) => w.year ?? null));
    expect(whole.works.nodes.map((n: { properties: { title: string } }) => n.properties.title)).toEqual(stored.map((w) => w.title));
    expect(whole.works.totalCount).toBe(named.works.totalCount);
  });

  it('gives an empty page after the last one, and an empty page for first: 0', async () => {
    // The last page, however many works the seed holds: pages of 100 until none follows.
    let { works: all } = await works({ first: 100 });
    while (all.pageInfo.hasNextPage) ({ works: all } = await works({ first: 100, after: all.pageInfo.endCursor }));
    const { works: beyond } = await works({ first: 10, after: all.pageInfo.endCursor });
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo.hasNextPage).toBe(false);
    expect(beyond.pageInfo.hasPreviousPage).toBe(true);
    const { works: none } = await works({ first: 0 });
    expect(none.edges).toEqual([]);
    expect(none.totalCount).toBe(all.totalCount);
  });

  it('refuses a page size over the limit and an invalid cursor, naming them', async () => {
    const over = await works({ first: 101 });
    expect(over.res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(over.res.errors![0].message).toMatch(/first must be between 0 and 100/);
    const bad = await works({ after: 'not-a-cursor' });
    expect(bad.res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.res.errors![0].message).toMatch(/^after:/);
  });

  it('filters with ranges, AND, OR and NOT exactly as Cypher counts them', async () => {
    const filter = {
      field: 'runtimeMinutes',
      gte: 100,
      lte: 130,
      OR: [
        { field: 'classification', eq: 'IIA' },
        { field: 'classification', eq: 'IIB' },
      ],
      NOT: { field: 'genres', includes: 'Comedy' },
    };
    const { works: page } = await works({ filter, first: 100 });
    const [{ c }] = await cypher(
      suite.driver,
      `MATCH (w:Work) WHERE w.runtimeMinutes >= 100 AND w.runtimeMinutes <= 130
      AND w.classification IN ['IIA', 'IIB'] AND NOT 'Comedy' IN coalesce(w.genres, []) RETURN count(w) AS c`,
    );
    expect(page.totalCount).toBe(c);
    expect(c).toBeGreaterThan(0);
  });

  it('filters on text, on presence and on relationships', async () => {
    const { works: titled } = await works({ filter: { field: 'title', contains: 'breakout' } });
    expect(titled.edges.map((e: { node: { title: string } }) => e.node.title).sort()).toEqual([
      'Breakout Brothers 2',
      'Breakout Brothers 3',
    ]);
    const { works: noYear } = await works({ filter: { field: 'year', exists: false }, first: 100 });
    const [{ c }] = await cypher(suite.driver, 'MATCH (w:Work) WHERE w.year IS NULL RETURN count(w) AS c');
    expect(noYear.totalCount).toBe(c);
    const { works: remade } = await works({ filter: { hasRelationship: { type: 'REMADE_AS', direction: 'OUT' } }, first: 100 });
    const [{ r }] = await cypher(suite.driver, 'MATCH (w:Work) WHERE (w)-[:REMADE_AS]->() RETURN count(w) AS r');
    expect(remade.totalCount).toBe(r);
    expect(ids(remade)).toContain('work:infernal-affairs');
  });

  it('sorts descending with ties broken by id', async () => {
    const { works: page } = await works({
      orderBy: { field: 'runtimeMinutes', direction: 'DESC' },
      filter: { field: 'runtimeMinutes', exists: true },
      first: 100,
    });
    const minutes = page.edges.map((e: { node: { runtimeMinutes: number } }) => e.node.runtimeMinutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
    expect(minutes[0]).toBe(150); // The Battle at Lake Changjin II, Table 4, row 3
  });

  it('sorts titles and names regardless of case, ties by id, in both directions', async () => {
    // seed/23-policies.json names "e-Japan" beside "Europe-Asia Cultural Exchange ..." and "ABCDE concept".
    const res = await graphql(
      suite.server.url,
      '{ asc: policies(first: 100, orderBy: { field: "name", direction: ASC }) { edges { node { id name } } } desc: policies(first: 100, orderBy: { field: "name", direction: DESC }) { edges { node { id name } } } }',
    );
    expect(res.errors).toBeUndefined();
    const names = (page: { edges: { node: { name: string } }[] }) => page.edges.map((e) => e.node.name);
    const asc = names(res.data!.asc);
    const folded = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
    expect(asc).toEqual([...asc].sort(folded));
    expect(asc.indexOf('e-Japan')).toBeLessThan(asc.indexOf('Film Development Fund'));
    expect(asc.indexOf('e-Japan')).toBeGreaterThan(asc.indexOf('Cool Japan'));
    expect(names(res.data!.desc)).toEqual([...asc].reverse());
    // Works sort by title the same way, through the sortName index (the page walks it when it pays).
    const [{ titles }] = await cypher(
      suite.driver,
      'MATCH (w:Work) WITH w ORDER BY toLower(w.title), w.id RETURN collect(w.id)[..30] AS titles',
    );
    const { works: page } = await works({ first: 30, orderBy: { field: 'title', direction: 'ASC' } });
    expect(ids(page)).toEqual(titles);
  });

  it('refuses a malformed filter with a message naming where', async () => {
    const res = await graphql(suite.server.url, PAGE, { filter: { AND: [{ gte: 3 }] } });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/filter\.AND\[0\]: "gte" needs "field"/);
  });
});

/**
 * The index's hits for a text, tier by tier as the search plan gives them, each node in its best tier, ordered
 * as the search orders them (tier, score, id): the reference the server's reading must agree with.
 */
async function indexOrder(text: string): Promise<{ id: string; label: string; tier: number; score: number }[]> {
  const best = new Map<string, { id: string; label: string; tier: number; score: number }>();
  for (const [tier, query] of tierQueries(text).entries()) {
    const rows = await cypher(
      suite.driver,
      "CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score RETURN node.id AS id, labels(node)[0] AS label, score",
      { query },
    );
    for (const r of rows)
      if (!best.has(r.id as string))
        best.set(r.id as string, { id: r.id as string, label: r.label as string, tier, score: r.score as number });
  }
  return [...best.values()].sort((a, b) => a.tier - b.tier || b.score - a.score || a.id.localeCompare(b.id));
}

describe('search and lookups', () => {
  it('finds a film by part of its Chinese title', async () => {
    const res = await graphql(suite.server.url, '{ search(text: "长津湖") { node { id ... on Work { titleZh } } } }');
    expect(res.data!.search[0].node.titleZh).toBe('长津湖之水门桥');
  });

  it('finds by English words and by alias, best first', async () => {
    const res = await graphql(
      suite.server.url,
      '{ a: search(text: "infernal affairs") { score node { id } } b: search(text: "FILMART") { node { id } } }',
    );
    expect(res.data!.a[0].node.id).toBe('work:infernal-affairs');
    const scores = res.data!.a.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(res.data!.b.map((h: { node: { id: string } }) => h.node.id)).toContain('festival:hkiff');
  });

  it('filters by type before counting hits, so a narrow search still fills its page', async () => {
    const c = (await indexOrder('hong kong')).filter((h) => h.label === 'Work').length;
    expect(c).toBeGreaterThan(1);
    const res = await graphql(suite.server.url, '{ search(text: "hong kong", types: ["Work"], first: 5) { node { __typename } } }');
    expect(res.data!.search).toHaveLength(Math.min(5, c));
    expect(res.data!.search.every((h: { node: { __typename: string } }) => h.node.__typename === 'Work')).toBe(true);
  });

  // The labels of the first `limit` hits of the best tier for "hong kong" (its exact words), read with the index's own
  // limit as the server reads them: hits of equal score may come in another order without a limit.
  const hongKongLabels = async (limit: number) =>
    (
      await cypher(
        suite.driver,
        "CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit}) YIELD node RETURN collect(labels(node)[0]) AS order",
        { query: tierQueries('hong kong')[0], limit: neo4j.int(limit) },
      )
    )[0].order as string[];

  it('gives, for each type, the same best hits as reading the whole index, however deep they lie', async () => {
    // Some type's second-best hit lies beyond the first 10 hits (a first read of 5 x first), so the deeper read is tried.
    const firstTen = await hongKongLabels(10);
    expect(['Festival', 'Person', 'Policy', 'Platform', 'Studio', 'Region'].some((t) => firstTen.filter((l) => l === t).length < 2)).toBe(
      true,
    );
    for (const type of ['Festival', 'Person', 'Policy', 'Platform', 'Studio', 'Region']) {
      const expected = (await indexOrder('hong kong')).filter((h) => h.label === type).slice(0, 2);
      const res = await graphql(
        suite.server.url,
        'query ($t: [String!]) { search(text: "hong kong", types: $t, first: 2) { node { id } } }',
        { t: [type] },
      );
      expect({ type, ids: res.data!.search.map((h: { node: { id: string } }) => h.node.id) }).toEqual({
        type,
        ids: expected.map((r) => r.id),
      });
    }
  });

  it('reads the index again only when its first read was full and held too few of the asked types', async () => {
    const reads = async (query: string) => {
      suite.server.statements.length = 0;
      const res = await graphql(suite.server.url, query);
      expect(res.errors).toBeUndefined();
      return {
        hits: res.data!.search.length,
        reads: suite.server.statements.filter((s) => s.query === 'searchEntities').map((s) => s.params.scanLimit),
      };
    };
    // Each tier of "infernal" has fewer index hits than a first read takes (5 x 20): nothing more to find.
    for (const query of tierQueries('infernal')) {
      const [{ c }] = await cypher(
        suite.driver,
        "CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node RETURN count(node) AS c",
        { query },
      );
      expect(c).toBeLessThan(100);
    }
    expect(await reads('{ search(text: "infernal", types: ["Work"], first: 20) { node { id } } }')).toEqual({
      hits: expect.any(Number),
      reads: [100],
    });
    // A type whose second "hong kong" hit lies beyond the first 10 hits (a first read of 5 x 2) needs a second read.
    const [firstTen, all] = [await hongKongLabels(10), await hongKongLabels(100000)];
    const deep = ['Festival', 'Person', 'Policy', 'Platform', 'Studio', 'Region'].find(
      (t) => firstTen.filter((l) => l === t).length < 2 && all.filter((l) => l === t).length >= 2,
    )!;
    expect(deep).toBeDefined();
    expect(await reads(`{ search(text: "hong kong", types: ["${deep}"], first: 2) { node { id } } }`)).toEqual({
      hits: 2,
      reads: [10, 1000],
    });
  });

  it('reads of each hit the properties the query selects, and all of them for `properties`', async () => {
    const search = async (node: string) => {
      suite.server.statements.length = 0;
      const res = await graphql(suite.server.url, `{ search(text: "hong kong", types: ["Work"], first: 5) { score node { ${node} } } }`);
      expect(res.errors).toBeUndefined();
      return {
        hits: res.data!.search as { score: number; node: Record<string, unknown> }[],
        asked: suite.server.statements.find((s) => s.query === 'searchEntities')!.params.properties,
      };
    };
    const named = await search('id ... on Work { title titleZh year }');
    expect(named.asked).toEqual(['id', 'title', 'titleZh', 'year']);
    const whole = await search('id properties');
    expect(whole.asked).toBeNull();
    expect(named.hits.length).toBeGreaterThan(1);
    expect(whole.hits.map((h) => [h.node.id, h.score])).toEqual(named.hits.map((h) => [h.node.id, h.score]));
    // The named values are the stored ones; a property a work does not have answers null.
    const stored = await cypher(
      suite.driver,
      'UNWIND $ids AS id MATCH (w:Work {id: id}) RETURN w.id AS id, w.title AS title, w.titleZh AS titleZh, w.year AS year',
      { ids: named.hits.map((h) => h.node.id) },
    );
    expect(named.hits.map((h) => h.node)).toEqual(
      stored.map((w) => ({ id: w.id, title: w.title, titleZh: w.titleZh ?? null, year: w.year ?? null })),
    );
    expect(whole.hits.map((h) => (h.node.properties as Record<string, unknown>).title)).toEqual(stored.map((w) => w.title));
  });

  it('treats Lucene syntax in the text as plain words', async () => {
    const res = await graphql(suite.server.url, '{ search(text: "Infernal) AND (OR ~ \\"") { node { id } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.search[0].node.id).toBe('work:infernal-affairs');
  });

  it('looks up any node by id, null for an unknown one, and typed lookups only for their type', async () => {
    const res = await graphql(
      suite.server.url,
      `
        {
          node(id: "work:infernal-affairs") {
            __typename
            id
            ... on Work {
              title
            }
          }
          missing: node(id: "work:no-such-film") {
            id
          }
          wrongType: region(id: "work:infernal-affairs") {
            id
          }
          hk: region(id: "region:hong-kong") {
            name
            citations {
              locator
              source {
                id
                doi
              }
            }
          }
        }
      `,
    );
    expect(res.data!.node).toEqual({ __typename: 'Work', id: 'work:infernal-affairs', title: 'Infernal Affairs' });
    expect(res.data!.missing).toBeNull();
    expect(res.data!.wrongType).toBeNull();
    // Hong Kong cites the paper, and general knowledge for its Chinese name (seed/30).
    const citations = res.data!.hk.citations as { locator: string; source: { id: string; doi: string | null } }[];
    expect(citations.map((c) => c.source.doi)).toContain('10.71113/jmss.v2i1.186');
    expect(citations.find((c) => c.source.id === 'source:general-knowledge')?.locator).toBe('Chinese name of Hong Kong, widely documented');
  });
});
