/**
 * One slot grammar for cypher/ (src/graph/statements/catalog.ts): every template's text, built for representative
 * names, leaves no `{{…}}` for Neo4j; fillSlots refuses a slot with no value and a value with no slot; a
 * fragment (cypher/fragments/) is never handed out as a statement, nor a template by its plain name.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFilter } from '../../../src/graph/filter';
import { CLAUSES } from '../../../src/graph/relationshipFilter';
import { forLabels, Statements } from '../../../src/graph/statements';
import { levelName } from '../../../src/graph/statements/aggregates';
import { fillSlots, QueryCatalog } from '../../../src/graph/statements/catalog';
import { listStatement } from '../../../src/graph/statements/entityPage';
import { chainName } from '../../../src/graph/statements/relationshipChain';
import { specialised } from '../../../src/graph/statements/relationshipsOfType';
import { ENDPOINTS, isCoreType, LABELS, typesAtLabel } from '../../../src/model';

const statements = new Statements();
const catalog = statements.catalog;
const TEMPLATES = [
  'entityAggregate',
  'linkedDataBatch',
  'entityPage',
  'factAggregate',
  'relationshipChain',
  'relationshipGroupsOfNodes',
  'relationshipPageOfNodes',
  'relationshipsOfType',
  'shortestPathsBetween',
];

/** Filters of the kinds the schema tests send: on properties, through relationships, alternatives, nested. */
const FILTERS: Record<string, unknown>[] = [
  {},
  { field: 'kind', eq: 'film' },
  {
    AND: [
      { field: 'kind', eq: 'film' },
      { field: 'year', gte: 2000 },
    ],
  },
  {
    OR: [
      { field: 'year', lt: 1990 },
      { field: 'title', contains: 'love' },
    ],
  },
  { some: { type: 'RELEASED_IN', node: { field: 'id', eq: 'region:hong-kong' }, fact: { field: 'boxOfficeHKD', gt: 10 } } },
  { OR: [{ some: { type: 'RELEASED_IN', fact: { field: 'year', gte: 2020 } } }, { none: { type: 'AIRED_ON' } }] },
  { some: { type: 'REMADE_AS', node: { some: { type: 'RELEASED_IN', node: { field: 'id', eq: 'region:japan' } } } } },
];

function representativeNames(): string[] {
  const names: string[] = [];
  const types = Object.keys(ENDPOINTS);
  for (const label of LABELS) {
    names.push(`nodesByIds@${label}`, `relationshipGroupsOfNodes@${label}`, forLabels('seedUpsertNodes', [label]));
    names.push(forLabels('seedUpsertCitations', [label]), forLabels('importNodes', [label]));
    names.push(forLabels('seedUpsertRelationships', [label, 'Region']), forLabels('importRelationships', ['Work', label]));
    for (const { type, direction } of typesAtLabel(label)) names.push(`relationshipPageOfNodes@${label}.${type}.${direction}`);
  }
  names.push(`nodesByIds@${LABELS.join('+')}`, `relationshipGroupsOfNodes@${LABELS.join('+')}`);
  for (const type of types.filter(isCoreType)) names.push(specialised('relationshipsOfType', type)!);
  names.push(specialised('relationshipsOfType', 'RELEASED_IN', ['some', 'RELEASED_IN', 'OUT', 'Region', [], 'fiG'])!);
  names.push(
    chainName([
      { type: 'ENABLED_BY', direction: 'IN' },
      { label: 'Work', type: 'CO_PRODUCED', direction: 'IN' },
    ])!,
  );
  names.push('relationshipChain@Policy+Work.ENABLED_BY.IN,Work.CO_PRODUCED.IN,Studio.OPERATES.OUT');
  for (const label of LABELS) names.push(`linkedDataBatch@${label}`, `linkedDataOfEntities@${label}`, `linkedDataFacts@${label}`);
  for (let length = 1; length <= 6; length++) names.push(`shortestPathsBetween@${length}`);
  for (const filter of FILTERS) {
    const { anyOf, relationships } = listFilter('Work', filter);
    for (const sortField of ['id', 'year', 'runtimeMinutes']) {
      const query = { anyOf, relationships, sortField, descending: false, offset: 0, limit: 5 };
      names.push(listStatement('Work', query, statements.indexedProperties()).name);
    }
    const rels = levelName('', relationships, true);
    for (const group of ['none', 'property', 'rel:ORIGINATES_FROM.OUT.Region'])
      names.push(`entityAggregate@Work?${[rels, `group=${group}`].filter(Boolean).join('&')}`);
    const ends = levelName('from.', relationships, false);
    for (const group of ['none', 'FROM', 'rel:ORIGINATES_FROM.OUT.Region'])
      names.push(`factAggregate@RELEASED_IN?${[`group=${group}`, 'to=id', 'fact=1', ends].filter(Boolean).join('&')}`);
  }
  return names;
}

describe('the slot grammar of cypher/', () => {
  it('leaves no {{…}} in any statement Neo4j is sent, plain or specialised', () => {
    const plain = catalog.names().filter((name) => !TEMPLATES.includes(name));
    const names = [...plain, ...representativeNames()];
    expect(names.length).toBeGreaterThan(200);
    for (const name of names) expect({ name, open: statements.text(name).match(/\{\{[^}]*\}\}/g) }).toEqual({ name, open: null });
  });

  it('fills every slot of a text, and refuses a slot with no value or a value with no slot', () => {
    expect(fillSlots('MATCH (n:{{label}}) WHERE n.{{p}} = 1 RETURN n:{{label}}', { label: 'Work', p: 'year' })).toBe(
      'MATCH (n:Work) WHERE n.year = 1 RETURN n:Work',
    );
    expect(fillSlots('RETURN $x', {})).toBe('RETURN $x');
    expect(() => fillSlots('MATCH (n:{{label}})-[*..{{length}}]-()', { label: 'Work' })).toThrow(/no value for \{\{length\}\}/);
    expect(() => fillSlots('MATCH (n:{{label}})', { label: 'Work', type: 'AIRED_ON' })).toThrow(/no slot for type/);
  });

  it('keeps a `$` in a value as written (no replacement patterns)', () => {
    expect(fillSlots('MERGE (n:{{label}})', { label: "$(row.label)$&$'" })).toBe("MERGE (n:$(row.label)$&$')");
  });

  it('refuses a template called by its plain name, whose slots are open', () => {
    for (const name of TEMPLATES) expect(() => statements.text(name)).toThrow(`cypher/${name}.cypher is a template`);
  });
});

describe('fragments', () => {
  it('are told apart from statements: taken into them, never handed out to run', () => {
    const fragments = catalog.fragmentNames();
    expect(fragments).toEqual(expect.arrayContaining(['entityFilter', 'nodesOfKeysByLabel', 'relationshipPageWalk', 'tradeFlowColumns']));
    for (const name of fragments) {
      expect(catalog.names()).not.toContain(name);
      expect(() => statements.text(name)).toThrow(
        `cypher/fragments/${name}.cypher is a fragment, taken into statements, not a statement to run`,
      );
      expect(() => statements.call(name)).toThrow(/is a fragment/);
    }
    expect(() => catalog.fragment('ping')).toThrow('no Cypher fragment cypher/fragments/ping.cypher');
  });

  it('are what every include names, and each is taken in by a statement or a statement module', () => {
    const sources = `${catalog
      .names()
      .map((n) => catalog.text(n))
      .join('\n')}`;
    // Includes are gone from every statement; a fragment's text (its first line) is found in one, or a module reads it.
    expect(sources).not.toMatch(/\{\{>/);
    const byModule = [
      'entityFilter',
      'hasRelationshipTests',
      'relationshipChainLevel',
      'relationshipGroupsOfLabel',
      'relationshipPageWalk',
      'relationshipPageWalksOfLabel',
      // The clauses relationship filters, aggregates and groups are put together from (src/graph/relationshipFilter.ts).
      ...CLAUSES,
      'valueFromSources',
      'entityMemberValue',
      'factMemberValue',
    ];
    for (const name of catalog.fragmentNames().filter((n) => !byModule.includes(n))) {
      const firstLine = catalog
        .fragment(name)
        .trim()
        .split('\n')[0]
        .replace(/\{\{label\}\}/g, 'Work');
      expect({ name, included: sources.includes(firstLine) }).toEqual({ name, included: true });
    }
  });

  it('refuses an include of a file that is not a fragment', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
    fs.mkdirSync(path.join(dir, 'fragments'));
    fs.writeFileSync(path.join(dir, 'a.cypher'), 'RETURN 1');
    fs.writeFileSync(path.join(dir, 'b.cypher'), '{{> a}}');
    expect(() => new QueryCatalog(dir)).toThrow('no Cypher fragment cypher/fragments/a.cypher');
    fs.rmSync(path.join(dir, 'b.cypher'));
    fs.rmSync(path.join(dir, 'fragments'), { recursive: true });
    // A folder of statements with no fragments (the synthetic generator's, the benchmark's) is read as it is.
    expect(new QueryCatalog(dir).text('a')).toBe('RETURN 1');
    fs.rmSync(dir, { recursive: true });
  });
});
