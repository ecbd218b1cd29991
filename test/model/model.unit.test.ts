/**
 * The model in src/model is the one source of labels, relationship types and enumerations: the
 * reference in docs/model.md and the paper's seed are held to it here (no Neo4j needed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ADDITIONAL_TYPES, allowedValues, derivedOf, endpointProblem, ENDPOINTS, KINDS, LABELS, propertyProblem } from '../../src/model';
import { readSeed } from '../../src/seed/read';

const root = path.join(__dirname, '..', '..');
const doc = fs.readFileSync(path.join(root, 'docs', 'model.md'), 'utf8');
const seed = readSeed(path.join(root, 'seed'));

/** The cells of the docs table row that starts with `type`. */
function typeRow(type: string): string[] {
  const line = doc.split('\n').find((l) => l.startsWith(`| \`${type}\` |`));
  // Parentheses explain a direction ("sequel → original"); they name no endpoint.
  return line
    ? line
        .replace(/\([^)]*\)/g, '')
        .split('|')
        .map((c) => c.trim())
    : [];
}

/** Label names in a docs "from → to" cell, e.g. "Work, Studio or Platform → Policy". */
const labelsIn = (cell: string): string[] => LABELS.filter((l) => new RegExp(`\\b${l}\\b`).test(cell)).sort();

describe('docs/model.md', () => {
  it('documents every label of the model under a heading of its own, and no other', () => {
    const headed = [...doc.matchAll(/^### `(\w+)` \((contract|addition)\)$/gm)].map((m) => m[1]);
    expect(headed.sort()).toEqual([...LABELS].sort());
  });

  it.each(Object.entries(ENDPOINTS))('gives the core type %s the endpoints of the model', (type, [from, to]) => {
    const [, , ends] = typeRow(type);
    const [docFrom, docTo] = ends.split('→');
    expect(labelsIn(docFrom).sort()).toEqual([...from].sort());
    expect(labelsIn(docTo).sort()).toEqual([...to].sort());
  });

  it.each(Object.entries(ADDITIONAL_TYPES))('gives the additional type %s the endpoints of the model', (type, pairs) => {
    const [, , ends] = typeRow(type);
    const documented = ends.split(',').map((pair) => pair.split('→').map(labelsIn));
    expect(documented).toEqual(pairs.map(([from, to]) => [[...from].sort(), [...to].sort()]));
  });

  it.each(Object.entries(KINDS))('lists the kinds of %s that the model allows', (label, kinds) => {
    const section = doc.slice(doc.indexOf(`### \`${label}\``)).split('\n### ')[0];
    // A table row `| `kind` | ...`, or a paragraph "`kind` (`A`, `B`, ...)" that may wrap.
    const kindText = /\| `kind` \|[^\n]*/.exec(section)?.[0] ?? /`kind` \(([^)]*)\)/.exec(section)?.[1] ?? '';
    const documented = [...kindText.matchAll(/`([A-Za-z_-]+)`/g)].map((m) => m[1]);
    for (const kind of kinds) expect(documented).toContain(kind);
  });
});

describe('the seed', () => {
  const labelOf = new Map(seed.flatMap((f) => f.nodes).map((n) => [n.id, n.label]));

  it('uses only relationship types of the model, between the labels the model allows', () => {
    const problems = seed
      .flatMap((f) => f.relationships)
      .map((r) => endpointProblem(r.type, labelOf.get(r.from)!, labelOf.get(r.to)!))
      .filter(Boolean);
    expect(problems).toEqual([]);
    expect(labelOf.size).toBeGreaterThan(0);
  });

  it('gives enumerated properties only the values the model allows', () => {
    const outside = seed
      .flatMap((f) => f.nodes)
      .flatMap((n) =>
        Object.entries(n.props)
          .filter(([p, v]) => allowedValues(n.label, p) && !allowedValues(n.label, p)!.includes(v as string))
          .map(([p, v]) => `${n.id}.${p}=${String(v)}`),
      );
    expect(outside).toEqual([]);
  });

  it('is refused by the model where a type joins labels it does not join', () => {
    expect(endpointProblem('AIRED_ON', 'Platform', 'Work')).toMatch(/AIRED_ON joins Work → Platform, not Platform → Work/);
    expect(endpointProblem('PART_OF', 'Policy', 'Region')).toMatch(/PART_OF joins/);
    expect(endpointProblem('ZZZ_UNKNOWN', 'Work', 'Work')).toMatch(/not a relationship type of the model/);
  });
});

describe('issue 27: what a new source needs of the model', () => {
  it('takes any lower-case kebab-case kind for a Source, so a new kind of source needs no code change', () => {
    expect(propertyProblem('Source', 'kind', 'trade-press')).toBeUndefined();
    expect(propertyProblem('Source', 'kind', 'Trade Press')).toMatch(
      /"Trade Press" is not a kind of Source: lower-case words joined by hyphens/,
    );
    // Other labels keep their lists.
    expect(propertyProblem('Region', 'kind', 'trade-press')).toMatch(/is not one of .* \(the kinds of Region\)/);
  });

  it('says where to declare a relationship type the model lacks', () => {
    expect(endpointProblem('TOPPED_CHART_IN', 'Work', 'Region')).toMatch(
      /declare it with its endpoints in ADDITIONAL_TYPES \(src\/model\/relationships.ts\)/,
    );
  });

  it('derives traditional script as Hong Kong writes it: 翡翠台, 明珠台, 我吃了, not 翡翠臺, 明珠臺, 我喫了', () => {
    expect(derivedOf('nameZh', '翡翠台').nameZhHant).toBe('翡翠台');
    expect(derivedOf('nameZh', '明珠台').nameZhHant).toBe('明珠台');
    expect(derivedOf('titleZh', '我吃了那男孩一整年的早餐').titleZhHant).toBe('我吃了那男孩一整年的早餐');
    expect(derivedOf('titleZh', '明日战记').titleZhHant).toBe('明日戰記');
  });
});
