/**
 * The search floor must answer the question ours answers, the best works for a text, and not only
 * agree with it when the index's best hits happen to be works, and it must do the same work: the same
 * tiers on the same index (entity_search). "hong kong" is such a test at paper scale: in its best tier
 * a region, a studio and a policy outrank every work.
 */
import { benchCatalog } from '../../tools/bench/data';
import { readRows } from '../../tools/bench/measure';
import { searchParams, tierQueries, TYPED_SEARCH_SCAN } from '../../src/graph/search/run';
import { graphql, seededServerForFile } from '../support/http';
import { cypher, testEnv } from '../support/neo4j';

const suite = seededServerForFile();

const TEXT = 'hong kong';

interface Hit {
  score: number;
  matchedBy: string;
  node: { id: string; title: string };
}

/** Ours' best `first` works for `text`, over HTTP. */
async function oursOf(text: string, first: number): Promise<Hit[]> {
  const res = await graphql(
    suite.server.url,
    `query ($text: String!) { search(text: $text, types: ["Work"], first: ${first}) { score matchedBy node { id ... on Work { title } } } }`,
    { text },
  );
  return res.data!.search as Hit[];
}

const asFloorRow = (h: Hit) => ({ id: h.node.id, title: h.node.title, score: h.score });

/** The floor's best `first` works for `text`, read as the benchmark reads them. */
const floorOf = (text: string, first: number) =>
  readRows(suite.driver, testEnv().NEO4J_DATABASE, benchCatalog().text('floorSearch'), {
    ...searchParams(text),
    first,
    scan: first * TYPED_SEARCH_SCAN,
  });
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

    const ours = (await oursOf(TEXT, FIRST)).map(asFloorRow);
    const floor = await floorOf(TEXT, FIRST);

    expect(ours).toHaveLength(FIRST);
    expect(floor).toEqual(ours);
  });

  it('ranks by kind of match as ours does, not by score alone', async () => {
    // "Warr": Warriors of Future by a prefix (score 1), Drug War by a typo with a higher score.
    const hits = await oursOf('Warr', 2);
    expect(hits.map((h) => h.matchedBy)).toEqual(['PREFIX', 'FUZZY']);
    expect(hits[0].score).toBeLessThan(hits[1].score);
    expect(await floorOf('Warr', 2)).toEqual(hits.map(asFloorRow));
  });

  it('leaves typos unread when a work has the text as typed, as ours does', async () => {
    // "war" is a word of Drug War's title; read as a typo it would find Far Far Away too.
    const hits = await oursOf('war', 20);
    expect(hits.map((h) => h.matchedBy)).toContain('EXACT');
    expect(hits.map((h) => h.matchedBy)).not.toContain('FUZZY');
    expect(await floorOf('war', 20)).toEqual(hits.map(asFloorRow));
  });
});
