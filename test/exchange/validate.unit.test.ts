/**
 * The import's checks against the domain model, on a small graph typed here: a label or a relationship type
 * outside the model, and a relationship between labels its type does not join (direction included), each
 * one line naming its record; an export's checks carry whatever the graph holds.
 */
import type { ExchangeGraph, ExchangeNode, ExchangeRelationship } from '../../src/exchange/model';
import { validateGraph, validateImport } from '../../src/exchange/validate';

const node = (id: string, labels: string[]): ExchangeNode => ({ id, labels, properties: { id }, types: { id: 'string' } });
const rel = (type: string, from: string, to: string): ExchangeRelationship => {
  const id = `${type}|${from}|${to}|`;
  return { id, type, from, to, properties: { id }, types: { id: 'string' } };
};
const graphOf = (nodes: ExchangeNode[], relationships: ExchangeRelationship[]): ExchangeGraph => ({
  format: 'av-exchange-graph',
  version: 1,
  exportedAt: '2026-12-02T00:00:00.000Z',
  scope: { label: null },
  nodes,
  relationships,
});

const NODES = [
  node('work:infernal-affairs', ['Work']),
  node('region:hong-kong', ['Region']),
  node('source:paper', ['Source']),
  node('platform:tvb', ['Platform']),
];
const GOOD = [
  rel('ORIGINATES_FROM', 'work:infernal-affairs', 'region:hong-kong'),
  rel('AIRED_ON', 'work:infernal-affairs', 'platform:tvb'),
  rel('BROADCAST_IN', 'platform:tvb', 'region:hong-kong'),
  rel('CITED_IN', 'work:infernal-affairs', 'source:paper'),
  rel('CITED_IN', 'source:paper', 'source:paper'),
];

describe("an import's checks against the model", () => {
  it('passes core, additional and citation relationships between the labels the model allows', () => {
    expect(validateImport(graphOf(NODES, GOOD))).toEqual([]);
  });

  it('refuses a label outside the model, the history labels among them, one line per node', () => {
    const nodes = [...NODES, node('work:x', ['Work', 'Film']), node('change:1', ['Change']), node('y', ['Film', 'Show'])];
    expect(validateImport(graphOf(nodes, GOOD))).toEqual([
      `nodes[4] (work:x): label "Film" is not in the model (Region, Work, Studio, Platform, Person, Policy, Festival, Source, MarketYear, Agreement)`,
      `nodes[5] (change:1): label "Change" is not in the model (Region, Work, Studio, Platform, Person, Policy, Festival, Source, MarketYear, Agreement)`,
      `nodes[6] (y): labels "Film", "Show" are not in the model (Region, Work, Studio, Platform, Person, Policy, Festival, Source, MarketYear, Agreement)`,
    ]);
  });

  it('refuses a relationship type outside the model, and leaves the ends of a node outside it to that node', () => {
    const nodes = [...NODES, node('work:x', ['Film'])];
    const rels = [...GOOD, rel('LIKES', 'work:infernal-affairs', 'region:hong-kong'), rel('ORIGINATES_FROM', 'work:x', 'region:hong-kong')];
    expect(validateImport(graphOf(nodes, rels))).toEqual([
      expect.stringMatching(/^nodes\[4\] \(work:x\): label "Film" is not in the model/),
      'relationships[5] (LIKES|work:infernal-affairs|region:hong-kong|): LIKES is not a relationship type of the model',
    ]);
  });

  it('refuses a relationship between labels its type does not join, the wrong way round included', () => {
    const rels = [
      rel('ORIGINATES_FROM', 'region:hong-kong', 'work:infernal-affairs'),
      rel('AIRED_ON', 'work:infernal-affairs', 'region:hong-kong'),
      rel('BROADCAST_IN', 'region:hong-kong', 'platform:tvb'),
      rel('CITED_IN', 'source:paper', 'work:infernal-affairs'),
    ];
    expect(validateImport(graphOf(NODES, rels))).toEqual([
      'relationships[0] (ORIGINATES_FROM|region:hong-kong|work:infernal-affairs|): ORIGINATES_FROM joins Work → Region, not Region → Work',
      'relationships[1] (AIRED_ON|work:infernal-affairs|region:hong-kong|): AIRED_ON joins Work → Platform, not Work → Region',
      'relationships[2] (BROADCAST_IN|region:hong-kong|platform:tvb|): BROADCAST_IN joins Work or Platform → Region, not Region → Platform',
      'relationships[3] (CITED_IN|source:paper|work:infernal-affairs|): CITED_IN joins a node of the model → Source, not Source → Work',
    ]);
  });

  it('holds a node with two labels of the model to every pair its relationships make', () => {
    const nodes = [...NODES, node('work:both', ['Work', 'Region'])];
    expect(validateImport(graphOf(nodes, [rel('CITED_IN', 'work:both', 'source:paper')]))).toEqual([]);
    expect(validateImport(graphOf(nodes, [rel('ORIGINATES_FROM', 'work:both', 'region:hong-kong')]))).toEqual([
      'relationships[0] (ORIGINATES_FROM|work:both|region:hong-kong|): ORIGINATES_FROM joins Work → Region, not Region → Region',
    ]);
  });

  it('leaves an export to carry what the graph holds', () => {
    const nodes = [...NODES, node('work:x', ['Film'])];
    expect(validateGraph(graphOf(nodes, [...GOOD, rel('LIKES', 'work:x', 'region:hong-kong')]))).toEqual([]);
  });
});
