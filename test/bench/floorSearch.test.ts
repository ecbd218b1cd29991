/**
 * The search floor must answer the question ours answers, the best works for a text, and not only
 * agree with it when the index's best hits happen to be works, and it must do the same work: the same
 * tiers on the same index (entity_search). "hong kong" is such a test at paper scale: in its best tier
 * a region, a studio and a policy outrank every work.
 */
import { benchCatalog } from '../../src/bench/data';
import { readRows } from '../../src/bench/measure';
import { searchParams, tierQueries, TYPED_SEARCH_SCAN } from '../../src/graph/search/run';
import { graphql, seededServerForFile } from '../support/http';
import { cypher, testEnv } from '../support/neo4j';

const suite = seededServerForFile();

const TEXT = 'hong kong';
const FIRST = 2;

describe('the floor of the search query', () => {
  it('gives the same best works as ours when other types outrank them in the index', async () => {
    const best = await cypher(
      suite.driver,
      "CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $first}) YIELD node RETURN labels(node)[0] AS label",
      { query: tierQueries(TEXT)[0], first: FIRST },
    );
    // The premise: among the index's best FIRST hits are other types, so reading only those cannot give FIRST works.
    expect(best.filter((r) => r.label === 'Work').length).toBeLessThan(FIRST);

    const res = await graphql(
      suite.server.url,
      `query ($text: String!) { search(text: $text, types: ["Work"], first: ${FIRST}) { score node { id ... on Work { title } } } }`,
      { text: TEXT },
    );
    const ours = res.data!.search.map((h: { score: number; node: { id: string; title: string } }) => ({
      id: h.node.id,
      title: h.node.title,
      score: h.score,
    }));
    const floor = await readRows(suite.driver, testEnv().NEO4J_DATABASE, benchCatalog().text('floorSearch'), {
      ...searchParams(TEXT),
      first: FIRST,
      scan: FIRST * TYPED_SEARCH_SCAN,
    });

    expect(ours).toHaveLength(FIRST);
    expect(floor).toEqual(ours);
  });

  it('ranks by kind of match as ours does, not by score alone', async () => {
    // "Warr": Warriors of Future by a prefix (score 1), Drug War by a typo with a higher score.
    const text = 'Warr';
    const res = await graphql(
      suite.server.url,
      'query ($text: String!) { search(text: $text, types: ["Work"], first: 2) { score matchedBy node { id ... on Work { title } } } }',
      { text },
    );
    expect(res.data!.search.map((h: { matchedBy: string; score: number }) => h.matchedBy)).toEqual(['PREFIX', 'FUZZY']);
    expect(res.data!.search[0].score).toBeLessThan(res.data!.search[1].score);
    const ours = res.data!.search.map((h: { score: number; node: { id: string; title: string } }) => ({
      id: h.node.id,
      title: h.node.title,
      score: h.score,
    }));
    const floor = await readRows(suite.driver, testEnv().NEO4J_DATABASE, benchCatalog().text('floorSearch'), {
      ...searchParams(text),
      first: 2,
      scan: 2 * TYPED_SEARCH_SCAN,
    });
    expect(floor).toEqual(ours);
  });
});
