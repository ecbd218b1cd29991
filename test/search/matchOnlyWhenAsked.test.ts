/**
 * A search works out which name each hit matched (matchedName, matchedForm) only when the query selects
 * one of them: otherwise its statement reads no names ($names false) and the server explains no hit. The
 * answer must be the same either way: the same hits, in the same order, with the same scores and kinds.
 */
import { graphql, seededServerForFile } from '../support/http';

const suite = seededServerForFile();

interface Hit {
  score: number;
  matchedBy: string;
  matchedName?: string;
  node: { id: string };
}

/** The search's answer and the `names` parameter its statements reached Neo4j with. */
async function search(selection: string, text: string): Promise<{ hits: Hit[]; names: unknown[] }> {
  const before = suite.server.statements.length;
  const res = await graphql(suite.server.url, `query ($text: String!) { search(text: $text, first: 10) { ${selection} } }`, { text });
  expect(res.errors).toBeUndefined();
  const sent = suite.server.statements.slice(before).filter((s) => s.query === 'searchEntities');
  expect(sent.length).toBeGreaterThan(0);
  return { hits: res.data!.search as Hit[], names: sent.map((s) => s.params.names) };
}

describe('which name a search hit matched', () => {
  it.each(['Infernal Affairs', '無間道', 'wujiandao', 'Infer', 'Infernall Affairs'])(
    'is read for "%s" only when the query selects it, and the hits stay the same',
    async (text) => {
      const plain = await search('score matchedBy node { id }', text);
      const named = await search('score matchedBy matchedName node { id }', text);
      const formed = await search('matchedForm node { id }', text);
      expect(plain.names).toEqual(plain.names.map(() => false));
      expect(named.names).toEqual(named.names.map(() => true));
      expect(formed.names).toEqual(formed.names.map(() => true));
      expect(plain.hits.length).toBeGreaterThan(0);
      expect(named.hits.map(({ matchedName: _name, ...rest }) => rest)).toEqual(plain.hits);
      expect(named.hits.every((h) => typeof h.matchedName === 'string' && h.matchedName !== '')).toBe(true);
    },
  );

  it('is read when a fragment selects it', async () => {
    const { hits, names } = await search('...on SearchHit { matchedName } node { id }', 'Infernal Affairs');
    expect(names).toEqual(names.map(() => true));
    expect(hits[0]).toEqual({ matchedName: 'Infernal Affairs', node: { id: 'work:infernal-affairs' } });
  });
});
