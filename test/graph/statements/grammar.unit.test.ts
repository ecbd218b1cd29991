/**
 * Each template's grammar, on the Cypher files alone (no Neo4j): the names a module makes are the
 * names it reads back, and a name it would not make, above all one carrying text, is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CLAUSES } from '../../../src/graph/relationshipFilter';
import { filterText } from '../../../src/graph/statements/catalog';
import {
  forKeyLabels,
  forLabels,
  keyLookup,
  keysByLabel,
  MAX_PATH_LENGTH,
  shortestPathsName,
  specialised,
  Statements,
} from '../../../src/graph/statements';
import { chainName } from '../../../src/graph/statements/relationshipChain';
import { LABELS, neighbourLabels } from '../../../src/model';

const statements = new Statements();

describe('key lookups', () => {
  it('sort ids by the label their prefix names, leaving out ids of no label', () => {
    expect(keysByLabel(['work:a', 'region:b', 'work:c', 'nolabel:x', 'plain'])).toEqual({
      Work: [{ id: 'work:a' }, { id: 'work:c' }],
      Region: [{ id: 'region:b' }],
    });
  });

  it("are named for the labels their keys have, in the model's order, and read back to a lookup of those", () => {
    const { query, byLabel } = keyLookup('nodesByIds', ['policy:cepa', 'work:x', 'work:y']);
    expect(query).toBe('nodesByIds@Work+Policy');
    expect(Object.keys(byLabel)).toEqual(['Policy', 'Work']);
    expect(statements.text(query).match(/UNWIND coalesce\(\$byLabel\.(\w+)/g)).toEqual([
      'UNWIND coalesce($byLabel.Work',
      'UNWIND coalesce($byLabel.Policy',
    ]);
    expect(forKeyLabels('relationshipChain@CO_PRODUCED.IN', byLabel)).toBe('relationshipChain@Work+Policy.CO_PRODUCED.IN');
    expect(forKeyLabels('nodesByIds', {})).toBe('nodesByIds');
  });
});

describe('bulk writes', () => {
  it("are named per label and written with the labels in, or with the dynamic default for labels not the model's", () => {
    expect(forLabels('seedUpsertRelationships', ['Work', 'Region'])).toBe('seedUpsertRelationships@Work>Region');
    expect(statements.text('seedUpsertRelationships@Work>Region')).toMatch(/:Work/);
    expect(statements.text('seedUpsertRelationships')).not.toMatch(/\{\{/);
    expect(() => statements.text('seedUpsertNodes@Work>Region')).toThrow(/not labels that seedUpsertNodes is made for/);
  });
});

describe('path searches', () => {
  it('are named per length and refuse a length outside 1 to the maximum', () => {
    expect(statements.text(shortestPathsName(MAX_PATH_LENGTH))).toContain(`[*..${MAX_PATH_LENGTH}]`);
    expect(() => statements.text(shortestPathsName(MAX_PATH_LENGTH + 1))).toThrow(/not a path length/);
    expect(() => statements.text(shortestPathsName(0))).toThrow(/not a path length/);
  });
});

describe('relationship statements', () => {
  it("are specialised for each core type and read back to that type's pattern", () => {
    for (const type of ['AIRED_ON', 'IMPORTED_FROM', 'FACTS_FOR']) {
      expect(statements.text(specialised('relationshipsOfType', type)!)).toContain(`[r:${type}]`);
    }
    expect(chainName([{ type: 'AIRED_ON', direction: 'OUT' }])).toBe('relationshipChain@AIRED_ON.OUT');
  });

  it('take the selected-properties projection from one place', () => {
    for (const name of statements.names()) expect(statements.catalog.text(name)).not.toMatch(/\{\{projected/);
    for (const name of statements.catalog.fragmentNames()) expect(statements.catalog.fragment(name)).not.toMatch(/\{\{projected/);
    expect(statements.text('nodesByIds')).toContain(
      'CASE WHEN $properties IS NULL THEN properties(n) ELSE [name IN $properties | n[name]] END',
    );
  });

  it('give every label of the model a key lookup in the general statements', () => {
    expect(statements.text('nodesByIds').match(/UNWIND/g)).toHaveLength(LABELS.length);
  });

  it("count and page groups only of the model's types and directions, written into the pattern", () => {
    expect(statements.text('relationshipPageOfNodes@Region.IMPORTED_FROM.OUT')).toContain('(n)-[r:IMPORTED_FROM]->(m)');
    expect(statements.text('relationshipGroupsOfNodes@Work')).toContain(
      "{type: 'ORIGINATES_FROM', direction: 'OUT', count: COUNT { (n)-[:ORIGINATES_FROM]->() }}",
    );
    expect(() => statements.text('relationshipPageOfNodes@Region.LIKES.OUT')).toThrow(/LIKES is not a relationship type/);
    expect(() => statements.text('relationshipPageOfNodes@Region.IMPORTED_FROM.UP')).toThrow(/UP is not a direction/);
    expect(() => statements.text('relationshipGroupsOfNodes@Work}) DETACH DELETE n //')).toThrow(/not labels/);
  });

  it('page a group by walking the id index of each label the model lets it reach from the keys’ labels', () => {
    const walks = (name: string) => [...statements.text(name).matchAll(/USING INDEX SEEK m:(\w+)\(id\)/g)].map((m) => m[1]);
    expect(walks('relationshipPageOfNodes@Region.ORIGINATES_FROM.IN')).toEqual(['Work']);
    expect(neighbourLabels('CO_PRODUCED', 'IN', 'Work')).toEqual(['Region', 'Studio']);
    expect(walks('relationshipPageOfNodes@Region+Work.CO_PRODUCED.IN')).toEqual(['Region', 'Studio']);
    expect(walks('relationshipPageOfNodes@Work+Source.CITED_IN.IN')).toEqual(LABELS);
    // A group the model has no such relationships for is only ever expanded.
    expect(walks('relationshipPageOfNodes@Region.HONOURED_AT.OUT')).toEqual([]);
    expect(statements.text('relationshipPageOfNodes@Region.HONOURED_AT.OUT')).toContain('[] AS walked, false AS complete');
    for (const name of ['relationshipPageOfNodes@Region+Work.CO_PRODUCED.IN', 'relationshipPageOfNodes@Source.CITED_IN.IN']) {
      expect(statements.text(name)).not.toMatch(/\{\{/);
    }
  });

  it('are refused for a template that is none', () => {
    expect(() => statements.text('ping@Work')).toThrow(/cypher\/ping.cypher is not a template/);
    expect(() => statements.text('noSuchStatement')).toThrow(/no Cypher file cypher\/noSuchStatement.cypher/);
  });
});

describe('Cypher text', () => {
  // Text a module writes itself is a keyword's or a clause's, not a variable's, parameter's or model name's.
  const CLAUSE_WORDS = /\b(MATCH|EXISTS|WHERE|WITH|UNION|OPTIONAL|RETURN|USING|COUNT|DISTINCT)\b|-\[|\]->|<-\[/;
  const codeOf = (file: string) =>
    fs
      .readFileSync(path.join(__dirname, '../../../src/graph', file), 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
      .join('\n');

  it.each(['relationshipFilter.ts', 'statements/aggregates.ts', 'statements/relationshipGroups.ts'])(
    'is not written in %s: its clauses and patterns come from cypher/fragments/',
    (file) => {
      expect(codeOf(file).match(CLAUSE_WORDS)).toBeNull();
    },
  );

  it('of the fragments the filters put together is one line each, with slots only', () => {
    for (const name of CLAUSES) {
      const text = statements.catalog.fragment(name).trim();
      expect({ name, lines: text.split('\n').length }).toEqual({ name, lines: 1 });
    }
    expect(filterText(statements.catalog).clauses.matchFromFarEnd).toBe(
      'MATCH {{pattern}} USING INDEX SEEK {{far}}:{{label}}(id) WHERE {{tests}}',
    );
  });
});
