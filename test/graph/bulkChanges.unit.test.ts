/** What a bulk write's rows changed (src/graph/bulkChanges.ts), shared by the import and the seed load. Needs no Neo4j. */
import { changedProperties, draftOfRow } from '../../src/graph/bulkChanges';

const node = (before: Record<string, unknown> | null, after: Record<string, unknown>) => ({
  id: 'work:x',
  labels: ['Work'],
  before,
  after,
});

describe("a bulk write's rows as the history's drafts", () => {
  it('finds no change in a row written as it was, whatever the order of its keys', () => {
    const row = node(
      { id: 'work:x', title: 'X', aliases: ['a', 'b'], m: { b: 1, a: 2 } },
      { m: { a: 2, b: 1 }, aliases: ['a', 'b'], title: 'X', id: 'work:x' },
    );
    expect(changedProperties(row)).toEqual([]);
    expect(draftOfRow(row, 'source:paper', 'Table 7')).toBeUndefined();
  });

  it('names the properties added, altered and removed, and a list in another order as altered', () => {
    const row = node(
      { id: 'work:x', title: 'X', year: 2001, aliases: ['a', 'b'] },
      { id: 'work:x', title: 'Y', aliases: ['b', 'a'], titleZh: '某' },
    );
    expect(changedProperties(row).sort()).toEqual(['aliases', 'title', 'titleZh', 'year']);
  });

  it('drafts a created entity and a changed fact with the source and locator given', () => {
    expect(draftOfRow(node(null, { id: 'work:x' }), 'source:paper', 'Table 7')).toEqual({
      op: 'createEntity',
      targetKind: 'entity',
      target: 'work:x',
      before: null,
      after: { label: 'Work', properties: { id: 'work:x' } },
      source: 'source:paper',
      locator: 'Table 7',
    });
    const fact = {
      id: 'RELEASED_IN|work:x|region:hk|2022',
      type: 'RELEASED_IN',
      from: 'work:x',
      to: 'region:hk',
      before: { gross: 1 },
      after: { gross: 2 },
    };
    expect(draftOfRow(fact, 'source:hket', 'p. 2')).toMatchObject({
      op: 'updateLink',
      targetKind: 'fact',
      before: { type: 'RELEASED_IN', from: 'work:x', to: 'region:hk', key: '2022', properties: { gross: 1 } },
      after: { properties: { gross: 2 } },
      source: 'source:hket',
    });
  });
});
