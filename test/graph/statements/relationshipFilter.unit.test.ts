/**
 * The grammar of relationship filters and aggregates in statement names (no Neo4j): the shapes a filter makes are
 * the ones the text is built from, identifiers come only from the model, values never reach the text, and a name
 * carrying text is refused.
 */
import { listFilter } from '../../../src/graph/filter';
import { decodeShapes, encodeShapes, RelationshipShape } from '../../../src/graph/relationshipFilter';
import { Statements } from '../../../src/graph/statements';
import { listStatement } from '../../../src/graph/statements/entityPage';

const statements = new Statements();
const page = (filter: Record<string, unknown>) => {
  const { anyOf, relationships } = listFilter('Work', filter);
  return listStatement(
    'Work',
    { anyOf, relationships, sortField: 'id', descending: false, offset: 0, limit: 5 },
    statements.indexedProperties(),
  );
};

describe('relationship filters in statement names', () => {
  it('write the type, direction and label in from the model, and every value as a parameter', () => {
    const call = page({
      some: { type: 'RELEASED_IN', node: { field: 'id', eq: 'region:hong-kong' }, fact: { field: 'boxOfficeHKD', gt: 10 } },
    });
    expect(call.name).toBe('entityPage@Work?seek=&rest=0&sort=id.asc&rels=some.RELEASED_IN.OUT.Region.fiG');
    const text = statements.text(call.name);
    expect(text).toContain('EXISTS { MATCH (n)-[r1:RELEASED_IN]->(m1:Region) WHERE m1.id = $rel[0].id AND');
    // Reached through the region's id index, then along its releases to the works, each once.
    expect(text).toContain('MATCH (n:Work)-[r1:RELEASED_IN]->(m1:Region) USING INDEX SEEK m1:Region(id) WHERE m1.id = $rel[0].id AND');
    expect(text).toMatch(/END, false\)\)\)\s+WITH DISTINCT n\s/);
    expect(text).not.toMatch(/hong-kong|10\b/);
    expect(call.params.rel).toEqual([
      { fact: [[expect.objectContaining({ op: 'gt', field: 'boxOfficeHKD', value: 10 })]], node: [[]], id: 'region:hong-kong', rels: [] },
    ]);
  });

  it("write into a relationship filter only its operators' branches of the data-driven tests, which Neo4j plans each", () => {
    const call = page({
      OR: [
        { some: { type: 'RELEASED_IN', fact: { field: 'year', gte: 2020 } } },
        {
          none: {
            type: 'ORIGINATES_FROM',
            node: {
              OR: [
                { field: 'name', contains: 'on' },
                { field: 'id', in: ['region:japan'] },
              ],
            },
          },
        },
      ],
    });
    expect(call.name).toContain('rels=some.RELEASED_IN.OUT.Region.fQ,none.ORIGINATES_FROM.OUT.Region.nNC&');
    const text = statements.text(call.name);
    const [, fact] = /EXISTS \{ MATCH \(n\)-\[r1:RELEASED_IN\]->\(m1:Region\) WHERE ([\s\S]*?) \}, NOT EXISTS/.exec(text)!;
    expect(fact.match(/WHEN '\w+'/g)).toEqual(["WHEN 'gte'"]);
    const [, node] = /NOT EXISTS \{ MATCH \(n\)-\[r1:ORIGINATES_FROM\]->\(m1:Region\) WHERE ([\s\S]*?) \}\]/.exec(text)!;
    expect(node.match(/WHEN '\w+'/g)).toEqual(["WHEN 'in'", "WHEN 'contains'"]);
    // The list's own tests, read from $anyOf, keep every branch.
    expect(text.match(/WHEN 'includes'/g)!.length).toBeGreaterThan(0);
    expect(() => statements.text(call.name.replace('.fQ,', '.fQ; DETACH,'))).toThrow(/not a list of relationship filters of the model/);
  });

  it('negate what NOT says, and make a list of filters for alternatives', () => {
    const negated = page({ NOT: { some: { type: 'ORIGINATES_FROM' } } });
    expect(statements.text(negated.name)).toContain('NOT (EXISTS { MATCH (n)-[r1:ORIGINATES_FROM]->(m1:Region) WHERE true })');
    const alternatives = page({ OR: [{ some: { type: 'ORIGINATES_FROM' } }, { none: { type: 'AIRED_ON' } }] });
    expect(alternatives.name).toMatch(/&listed=1$/);
    expect(statements.text(alternatives.name)).toContain("WHEN 'rel' THEN [EXISTS { MATCH (n)-[r1:ORIGINATES_FROM]");
  });

  it('refuse a name that carries text or names what the model has not', () => {
    const base = 'entityPage@Work?seek=&rest=0&sort=id.asc&rels=';
    for (const shape of [
      'some.AIRED_ON]->() DETACH DELETE n //.OUT._.',
      'some.LIKES.OUT._.',
      'some.AIRED_ON.OUT.Platform) DETACH DELETE n //.',
      'some.AIRED_ON.SIDEWAYS._.',
      'some.AIRED_ON.OUT._.f} DETACH',
      'maybe.AIRED_ON.OUT._.',
      'some.AIRED_ON.OUT._.(',
      'some.AIRED_ON.OUT._.,',
    ]) {
      expect(() => statements.text(`${base}${shape}`)).toThrow(/not a list of relationship filters of the model/);
    }
    const deep = (n: number): string => (n === 0 ? '' : `some.REMADE_AS.OUT.Work.(${deep(n - 1)})`.replace('()', ''));
    expect(() => statements.text(`${base}${deep(3)}`)).not.toThrow();
    expect(() => statements.text(`${base}${deep(4)}`)).toThrow(/nested deeper than 3/);
  });

  it('build aggregates from the model alone, refusing a type, label or grouping it has not', () => {
    expect(statements.text('factAggregate@RELEASED_IN?group=rel:ORIGINATES_FROM.OUT.Region&to=id')).toContain(
      'MATCH (a:Work)-[n:RELEASED_IN]->(b:Region)',
    );
    expect(statements.text('entityAggregate@Work?rest=0&group=property')).toContain('n[$groupProperty] AS key');
    expect(() => statements.text('factAggregate@RELEASED_IN]->() DETACH DELETE n //?group=none')).toThrow(/not a relationship type/);
    expect(() => statements.text('entityAggregate@Work?group=rel:AIRED_ON.OUT.Platform) DETACH DELETE n //')).toThrow(/not a grouping/);
    expect(() => statements.text('entityAggregate@Nowhere?group=none')).toThrow(/not an entity label/);
  });
});

describe('relationship filter shapes in names', () => {
  const filters: Record<string, unknown>[] = [
    { some: { type: 'RELEASED_IN', node: { field: 'id', eq: 'region:hong-kong' }, fact: { field: 'boxOfficeHKD', gt: 10 } } },
    {
      OR: [
        { some: { type: 'RELEASED_IN', fact: { field: 'year', gte: 2020 } } },
        {
          none: {
            type: 'ORIGINATES_FROM',
            node: {
              OR: [
                { field: 'name', contains: 'on' },
                { field: 'id', in: ['region:japan'] },
              ],
            },
          },
        },
      ],
    },
    { NOT: { some: { type: 'ORIGINATES_FROM' } } },
    { OR: [{ some: { type: 'ORIGINATES_FROM' } }, { none: { type: 'AIRED_ON' } }] },
    { all: { type: 'AIRED_ON', fact: { field: 'year', lte: 2000 }, node: { field: 'id', exists: true } } },
    {
      some: {
        type: 'REMADE_AS',
        node: {
          some: { type: 'RELEASED_IN', node: { OR: [{ field: 'id', eq: 'region:japan' }, { NOT: { none: { type: 'IMPORTED_FROM' } } }] } },
        },
      },
    },
  ];

  it('read back to the shapes they were made from, one spelling per shape', () => {
    const shapes: RelationshipShape[][] = filters.map((filter) => listFilter('Work', filter).relationships.shapes);
    shapes.push([
      ['some', 'RELEASED_IN', 'OUT', null, [], ''],
      ['none', 'AIRED_ON', 'IN', 'Work', [], '!'],
    ]);
    for (const list of shapes) {
      expect(list.length).toBeGreaterThan(0);
      const encoded = encodeShapes(list);
      expect(encoded).not.toMatch(/[[\]"{}&=+%?@ ]/);
      expect(decodeShapes(encoded)).toEqual(list);
      expect(encodeShapes(decodeShapes(encoded))).toBe(encoded);
    }
    expect(encodeShapes(shapes[5])).toBe('some.REMADE_AS.OUT.Work.(some.RELEASED_IN.OUT.Region.nlER(none.IMPORTED_FROM.OUT.Region.))');
  });

  it('refuse a malformed or foreign spelling', () => {
    for (const bad of [
      '[["some","RELEASED_IN","OUT","Region",[],"fiG"]]',
      'some.RELEASED_IN.OUT.Region',
      'some.RELEASED_IN.OUT.Region.fiG)',
      'some.RELEASED_IN.OUT.Region.fiG(',
      'some.RELEASED_IN.OUT.Region.fiG,',
      'some.RELEASED_IN.OUT.Region.fiG(some.RELEASED_IN.OUT.Region.)x',
      'some.RELEASED_IN.OUT.Nowhere.',
      'some.NO_SUCH_TYPE.OUT._.',
    ])
      expect(() => decodeShapes(bad)).toThrow(/is not a list of relationship filters of the model/);
  });
});
