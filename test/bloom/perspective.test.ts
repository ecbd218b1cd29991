/**
 * bloom/perspective.json against the live graph: a category for every label and an entry for every
 * relationship type with the property names the graph really has, the structure Bloom reads, and every
 * search phrase run through the driver (READ sessions) with example parameters, returning graph elements.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver, isNode, isPath, isRelationship } from 'neo4j-driver';
import { projectRoot } from '../../src/localdb/instance';
import { loadRealSeed } from '../seed/graphChecksum';
import { testDriver, testEnv } from '../support/neo4j';

interface PropertyEntry { name: string; exclude: boolean; isCaption: boolean; dataType: string }
interface Category {
  id: number; name: string; labels: string[]; properties: PropertyEntry[]; caption: string[];
  color: string; size: number; icon: string; captions: { key: string; type: string; isCaption: boolean }[];
}
interface RelationshipType { id: string; name: string; properties: PropertyEntry[]; color: string; size: number }
interface Param { name: string; dataType: string; suggestionLabel: string | null; suggestionProp: string | null; cypher: string | null }
interface Template { id: string; name: string; text: string; cypher: string; params: Param[]; hasCypher: boolean }
interface Perspective {
  name: string; id: string; categories: Category[]; categoryIndex: number; relationshipTypes: RelationshipType[];
  labels: Record<string, { propertyKey: string }[]>; templates: Template[]; palette: { colors: string[] };
  hiddenRelationshipTypes: string[]; version: string;
}

const perspective = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'bloom', 'perspective.json'), 'utf8')) as Perspective;

/** One example per parameter of every search phrase, by phrase name: a phrase added without examples fails below. */
const exampleParams: Record<string, Record<string, unknown>> = {
  'Find by name': { text: '长津湖' },
  'Everything about an entity': { name: 'Infernal Affairs' },
  'Shortest path between two entities': { from: 'Charmaine Sheh', to: 'Youku' },
  'Co-productions after a policy': { policy: 'CEPA revised agreement (2020)' },
  'Import ranking for a year': { year: 2022 },
  "A region's import share by year": { region: 'Mainland China' },
  'Exports by year': { year: 2011 },
  "Remakes of a region's films": { region: 'Hong Kong' },
  'Prime-time airings with ratings': { platform: 'Jade', year: 2023 },
  'How a channel got its dramas': { platform: 'Jade', year: 2024 },
  'Releases over a box office threshold': { origin: 'Hong Kong', market: 'Hong Kong', year: 2022, boxOffice: 10_000_000 },
  'Releases in a period': { origin: 'Mainland China', market: 'Hong Kong', from: '2022-01-01', to: '2022-06-30' },
  'What a policy enabled': { policy: 'Hong Kong Arts Revitalization Scheme' },
  'Festival records': { region: 'Hong Kong' },
  'Platforms a studio operates': { studio: 'Television Broadcasts Limited' },
  'Films abroad by market': { origin: 'Hong Kong', year: 2022 },
  'Market figures': { name: 'Hong Kong' },
};

/** The kinds of question in questions.md that must each have a search phrase. */
const REQUIRED_PHRASES = [
  'Co-productions after a policy', 'Import ranking for a year', "A region's import share by year", 'Exports by year',
  "Remakes of a region's films", 'Prime-time airings with ratings', 'Releases over a box office threshold',
  'What a policy enabled', 'Festival records', 'Shortest path between two entities', 'Platforms a studio operates',
  'Films abroad by market', 'Find by name', 'Everything about an entity',
];

const BLOOM_PARAM_TYPES = new Set(['String', 'Integer', 'Float', 'Boolean']);

async function readRows(driver: Driver, text: string, params: Record<string, unknown> = {}) {
  const session = driver.session({ database: testEnv().NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => (await tx.run(text, params)).records);
  } finally {
    await session.close();
  }
}

/** The $parameters a Cypher text uses, comments and quoted strings aside. */
function parametersOf(cypher: string): Set<string> {
  const code = cypher.split('\n').map((line) => line.replace(/\/\/.*$/, '')).join('\n').replace(/'(?:[^'\\]|\\.)*'/g, "''");
  return new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
}

const declared = (t: Template): Set<string> => new Set(t.params.map((p) => p.name.replace(/^\$/, '')));
const sorted = (values: Iterable<string>): string[] => [...values].sort();

function asBloomSends(param: Param, value: unknown): unknown {
  return param.dataType === 'Integer' ? neo4j.int(value as number) : value;
}

describe('the Bloom perspective', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await loadRealSeed(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('has a category for every label in the graph, listing exactly the properties that label carries', async () => {
    const labels = (await readRows(driver, 'CALL db.labels() YIELD label RETURN label')).map((r) => r.get('label') as string);
    expect(labels.length).toBeGreaterThanOrEqual(10);
    const byLabel = new Map(perspective.categories.flatMap((c) => c.labels.map((l) => [l, c] as const)));
    // The history (issue 19) is kept out of the perspective: its labels have no category.
    const history = ['Change', 'ChangeLog'];
    expect(history.filter((l) => byLabel.has(l))).toEqual([]);
    expect(sorted(labels.filter((l) => !byLabel.has(l) && !history.includes(l)))).toEqual([]);
    for (const label of labels.filter((l) => !history.includes(l))) {
      const [row] = await readRows(driver,
        'MATCH (n) WHERE $label IN labels(n) UNWIND keys(n) AS key RETURN collect(DISTINCT key) AS keys', { label });
      const listed = byLabel.get(label)!.properties.map((p) => p.name);
      expect({ label, properties: sorted(listed) }).toEqual({ label, properties: sorted(row.get('keys') as string[]) });
    }
  });

  it('lists every relationship type in the graph, with exactly the properties it carries', async () => {
    const types = (await readRows(driver, 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType'))
      .map((r) => r.get('relationshipType') as string);
    expect(types).toContain('CITED_IN');
    const byName = new Map(perspective.relationshipTypes.map((t) => [t.name, t]));
    expect(sorted(types.filter((t) => !byName.has(t)))).toEqual([]);
    for (const type of types) {
      const [row] = await readRows(driver,
        'MATCH ()-[r]->() WHERE type(r) = $type UNWIND keys(r) AS key RETURN collect(DISTINCT key) AS keys', { type });
      expect({ type, properties: sorted(byName.get(type)!.properties.map((p) => p.name)) })
        .toEqual({ type, properties: sorted(row.get('keys') as string[]) });
    }
    expect(perspective.hiddenRelationshipTypes.filter((t) => !byName.has(t))).toEqual([]);
  });

  it('has unique ids and names, and every category a caption property, a colour and an icon', () => {
    const unique = (values: unknown[]) => expect(new Set(values).size).toBe(values.length);
    expect(perspective.name).toMatch(/\S/);
    expect(perspective.id).toMatch(/^[0-9a-f-]{36}$/);
    unique(perspective.categories.map((c) => c.id));
    unique(perspective.categories.map((c) => c.name));
    unique(perspective.categories.flatMap((c) => c.labels));
    unique(perspective.relationshipTypes.map((t) => t.id));
    unique(perspective.templates.map((t) => t.id));
    unique(perspective.templates.map((t) => t.name));
    unique(perspective.templates.map((t) => t.text));
    expect(perspective.categoryIndex).toBeGreaterThan(Math.max(...perspective.categories.map((c) => c.id)));
    for (const c of perspective.categories) {
      const names = c.properties.map((p) => p.name);
      const captionProps = c.properties.filter((p) => p.isCaption).map((p) => p.name);
      expect({ category: c.name, caption: c.caption }).toEqual({ category: c.name, caption: captionProps });
      expect(captionProps.length).toBe(1);
      expect(['name', 'title']).toContain(captionProps[0]);
      expect(c.captions.filter((k) => k.isCaption && k.type === 'property').map((k) => k.key)).toEqual(captionProps);
      expect(c.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(c.icon).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
      expect(c.size).toBeGreaterThan(0);
      expect(Object.keys(perspective.labels)).toEqual(expect.arrayContaining(c.labels));
      expect(sorted(perspective.labels[c.labels[0]].map((p) => p.propertyKey))).toEqual(sorted(names));
    }
    for (const t of perspective.relationshipTypes) {
      expect(t.id).toBe(t.name);
      expect(t.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
    }
  });

  it('has a search phrase for every kind of question researchers bring', () => {
    expect(perspective.templates.map((t) => t.name)).toEqual(expect.arrayContaining(REQUIRED_PHRASES));
  });

  it('declares, in each search phrase, exactly the parameters its Cypher and its text use', () => {
    for (const t of perspective.templates) {
      expect(t.hasCypher).toBe(true);
      expect(t.cypher).toMatch(/\bRETURN\b/);
      const fromText = new Set([...t.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
      expect({ phrase: t.name, cypher: sorted(parametersOf(t.cypher)) }).toEqual({ phrase: t.name, cypher: sorted(declared(t)) });
      expect({ phrase: t.name, text: sorted(fromText) }).toEqual({ phrase: t.name, text: sorted(declared(t)) });
      for (const p of t.params) {
        expect(p.name).toMatch(/^\$/);
        expect(BLOOM_PARAM_TYPES).toContain(p.dataType);
      }
    }
  });

  it('suggests parameter values from labels and properties that exist, or from Cypher that returns values', async () => {
    for (const p of perspective.templates.flatMap((t) => t.params)) {
      if (p.suggestionLabel) {
        const [row] = await readRows(driver,
          'MATCH (n) WHERE $label IN labels(n) AND n[$prop] IS NOT NULL RETURN count(n) AS n', { label: p.suggestionLabel, prop: p.suggestionProp });
        expect({ param: p.name, with: (row.get('n') as { toNumber(): number }).toNumber() > 0 }).toEqual({ param: p.name, with: true });
      }
      if (p.cypher) {
        const rows = await readRows(driver, p.cypher);
        expect({ param: p.name, suggestions: rows.length > 0 }).toEqual({ param: p.name, suggestions: true });
      }
    }
  });

  it('runs every search phrase with example parameters and gets graph elements back', async () => {
    expect(sorted(Object.keys(exampleParams))).toEqual(sorted(perspective.templates.map((t) => t.name)));
    for (const t of perspective.templates) {
      const examples = exampleParams[t.name];
      expect({ phrase: t.name, examples: sorted(Object.keys(examples)) }).toEqual({ phrase: t.name, examples: sorted(declared(t)) });
      const params = Object.fromEntries(t.params.map((p) => {
        const key = p.name.slice(1);
        return [key, asBloomSends(p, examples[key])];
      }));
      const rows = await readRows(driver, t.cypher, params);
      const elements = rows.flatMap((r) => r.keys.map((k) => r.get(k))).filter((v) => isNode(v) || isRelationship(v) || isPath(v));
      expect({ phrase: t.name, rows: rows.length > 0, elements: elements.length > 0 })
        .toEqual({ phrase: t.name, rows: true, elements: true });
    }
  });
});
