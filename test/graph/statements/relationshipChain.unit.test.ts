/** Chain statements' names (src/graph/statements/relationshipChain.ts): made only of the model's labels, core types and directions. */
import { Statements } from '../../../src/graph/statements';
import { chainName } from '../../../src/graph/statements/relationshipChain';
import { LABELS } from '../../../src/model';

describe('chain statement names', () => {
  const catalog = new Statements();
  const reads = { fact: null, node: null };

  it("are made only of the model's labels, core types and directions", () => {
    const operates = { label: 'Studio', type: 'OPERATES', direction: 'OUT', reads } as const;
    expect(chainName([])).toBeUndefined();
    expect(chainName([{ type: 'BASED_IN', direction: 'OUT' }, operates])).toBeUndefined();
    expect(chainName([{ type: 'CO_PRODUCED', direction: 'IN' }, operates])).toBe('relationshipChain@CO_PRODUCED.IN,Studio.OPERATES.OUT');
    // The first level's label is not in the name: the statement starts from nodes of any label.
    expect(chainName([{ ...operates, label: 'Work', type: 'CO_PRODUCED', direction: 'IN' }])).toBe('relationshipChain@CO_PRODUCED.IN');
    const text = catalog.text('relationshipChain@CO_PRODUCED.IN,Studio.OPERATES.OUT');
    expect(text).toContain('MATCH (n)<-[r:CO_PRODUCED]-(m)');
    expect(text).toContain('collect(DISTINCT CASE WHEN m:Studio THEN m END)');
    expect(text).toContain('MATCH (n)-[r:OPERATES]->(m)');
    expect(text).toContain('RETURN [level1, level2] AS levels');
    expect(text.match(/UNWIND coalesce\(\$byLabel\./g)).toHaveLength(LABELS.length);
    // Sent, the first level names the labels of its keys, and the key lookup seeks only those.
    const narrowed = catalog.text('relationshipChain@Work+Person.CO_PRODUCED.IN,Studio.OPERATES.OUT');
    expect(narrowed.match(/UNWIND coalesce\(\$byLabel\.(\w+)/g)).toEqual([
      'UNWIND coalesce($byLabel.Work',
      'UNWIND coalesce($byLabel.Person',
    ]);
    expect(narrowed.slice(narrowed.indexOf('WITH collect(n) AS starts'))).toBe(text.slice(text.indexOf('WITH collect(n) AS starts')));
  });

  it.each([
    ['a type that is not a core one', 'CO_PRODUCED.IN,Studio.BASED_IN.OUT', /not a level/],
    ['text after a type', 'CO_PRODUCED.IN,Studio.OPERATES]-() DETACH DELETE n //.OUT', /not a level/],
    ["a label that is not the model's", 'CO_PRODUCED.IN,Studio) DETACH DELETE n //.OPERATES.OUT', /not a level/],
    ['a direction other than IN or OUT', 'CO_PRODUCED.BOTH,Studio.OPERATES.OUT', /not a level/],
    ["a first level's label that is not the model's", 'Nowhere.CO_PRODUCED.IN,Studio.OPERATES.OUT', /not a level/],
    ['two labels on a deeper level', 'CO_PRODUCED.IN,Studio+Region.OPERATES.OUT', /not a level/],
    ["an empty label among the first level's", 'Work+.CO_PRODUCED.IN', /not a level/],
    ['a label named twice on the first level', 'Work+Work.CO_PRODUCED.IN', /each of the model's, once/],
    ['no level', '', /not a level/],
    [
      'five levels',
      'IMPORTED_FROM.OUT,Region.IMPORTED_FROM.OUT,Region.IMPORTED_FROM.OUT,Region.IMPORTED_FROM.OUT,Region.IMPORTED_FROM.OUT',
      /1 to 4 levels/,
    ],
  ])('refuse %s', (_, variant, error) => {
    expect(() => catalog.text(`relationshipChain@${variant}`)).toThrow(error);
  });
});
