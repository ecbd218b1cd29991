/**
 * The model's ranges (src/model/ranges.ts) as every write path applies them (issue 32, finding 5): numbers by
 * kind, text by size and characters, lists by length, records by property count; and the seed and the import,
 * whose validators are pure, refusing the same values with their record and field. No Neo4j.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExchangeGraph, ExchangeNode } from '../../src/exchange/model';
import { validateImport } from '../../src/exchange/validate';
import {
  MAX_LIST_ITEMS,
  MAX_PROPERTIES,
  NUMERIC_RANGES,
  NumericKind,
  propertiesProblems,
  propertyProblem,
  PROPERTY_KINDS,
  rangeText,
  TEXT_LIMITS,
  YEAR_SPAN,
} from '../../src/model';
import { readSeed } from '../../src/seed/read';
import { validateSeed } from '../../src/seed/validate';

const SEED = path.join(__dirname, '..', '..', 'seed');
const TWO_53_PLUS_1 = JSON.parse('9007199254740993') as number;
const MANY_KEYS = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`extra${i}`, i + 1]));

/** Values each refused, with the property they are written to and a word of the rule the refusal must name. */
const REFUSED: [string, string, unknown, RegExp][] = [
  ['a year of 1e308', 'year', 1e308, /beyond 2\^53-1/],
  ['a year of -1', 'year', -1, /outside whole numbers 1880 to 2100/],
  ['a year of 2^53+1', 'year', TWO_53_PLUS_1, /beyond 2\^53-1.*refused, not rounded/],
  ['a year before the films', 'year', 1879, /outside whole numbers 1880 to 2100/],
  ['a fractional year', 'year', 2002.5, /whole number/],
  ['a new *Year key out of range', 'launchYear', 3000, /outside whole numbers 1880 to 2100/],
  ['a count of 2^53', 'admissions', 2 ** 53, /beyond 2\^53-1/],
  ['a negative count', 'admissions', -3, /outside whole numbers 1 to 2\^53-1/],
  ['a rank of 0', 'rank', 0, /is 0/],
  ['an edition of 0', 'edition', 0, /is 0/],
  ['a week 0', 'week', 0, /outside whole numbers 1 to 53/],
  ['a week 54', 'week', 54, /outside whole numbers 1 to 53/],
  ['a fractional week', 'week', 34.5, /whole number/],
  ['negative money', 'amountHKD', -1, /outside whole numbers 0 to 2\^53-1/],
  ['money beyond 2^53', 'amountUSD', 1e17, /beyond 2\^53-1/],
  ['a share above 100', 'sharePct', 100.5, /outside 0 to 100/],
  ['a rating below 0', 'rating', -2.5, /outside 0 to 100/],
  ['a change below -100%', 'firstRunReleasesChangePct', -101, /outside -100 to 1000/],
  ['a new key with 1e308', 'someFigure', 1e308, /beyond 2\^53-1/],
  ['infinity', 'someFigure', Infinity, /finite/],
  ['a title of a zero-width space', 'title', '\u200B', /blank/],
  ['a title of spaces', 'title', '   ', /blank/],
  ['a title of a byte-order mark and a no-break space', 'title', '\uFEFF\u00A0', /blank/],
  ['a NUL in a title', 'title', 'Infernal\u0000Affairs', /control character U\+0000/],
  ['a C1 control in a note', 'note', 'a\u0085b', /control character U\+0085/],
  ['a tab in a new key', 'tagline', '\tindented', /control character U\+0009/],
  ['a right-to-left override in a title', 'title', 'abc\u202Edef', /bidirectional control U\+202E/],
  ['a right-to-left isolate in a name', 'name', 'abc\u2067def', /bidirectional control U\+2067/],
  ['a title of 301 characters', 'title', 'a'.repeat(TEXT_LIMITS.name + 1), /301 characters long; title holds at most 300/],
  ['a 1 MB note', 'note', 'n'.repeat(1_000_000), /1000000 characters long; note holds at most 10000/],
  ['an alias of a zero-width space', 'aliases', ['IA', '\u200B'], /\[1\] is blank/],
  ['101 aliases', 'aliases', Array.from({ length: 101 }, (_, i) => `a${i}`), /at most 100/],
  ['a date outside the span', 'startDate', '1850-01-01', /outside the years 1880 to 2100/],
  ['a property name with a space', 'two words', 'x', /not a property name/],
];

describe("the model's ranges", () => {
  it.each(REFUSED)('refuses %s, naming the rule', (_, property, value, rule) => {
    expect(propertyProblem('Work', property, value)).toMatch(rule);
  });

  it.each([
    ['year', YEAR_SPAN.min],
    ['year', YEAR_SPAN.max],
    ['admissions', Number.MAX_SAFE_INTEGER],
    ['amountHKD', 0],
    ['sharePct', 0],
    ['sharePct', 100],
    ['firstRunReleasesChangePct', -21.17],
    ['rating', 31],
    ['someFigure', -5],
    ['title', 'a'.repeat(TEXT_LIMITS.name)],
    ['title', '長'.repeat(TEXT_LIMITS.name)],
    ['note', 'n'.repeat(TEXT_LIMITS.long)],
    ['title', 'Emoji \u{1F3AC} with a joiner \u{1F468}\u200D\u{1F469}'],
    ['titleZh', '無間道'],
  ])('accepts %s at the edge of its range (case %#)', (property, value) => {
    expect(propertyProblem('Work', property, value)).toBeUndefined();
  });

  it(`refuses a record of more than ${MAX_PROPERTIES} properties once, naming the limit, and not id, source, locator or derived names`, () => {
    expect(propertiesProblems('Work', { title: 'x', ...MANY_KEYS })).toEqual([
      ['properties', expect.stringMatching(/would hold 501 properties; an entity or relationship holds at most 64/)],
    ]);
    const full = Object.fromEntries(Array.from({ length: MAX_PROPERTIES }, (_, i) => [`extra${i}`, 1]));
    expect(propertiesProblems('Work', { ...full, id: 'work:x', source: 'source:paper', locator: 'l', sortName: 'x' })).toEqual([]);
  });
});

describe('the seed against the ranges', () => {
  it('passes as it is, every year within the span', () => {
    const files = readSeed(SEED);
    expect(validateSeed(files).map(String)).toEqual([]);
    const years = files.flatMap((f) => f.nodes.map((n) => n.props.year)).filter((y): y is number => typeof y === 'number');
    expect(Math.min(...years)).toBeGreaterThanOrEqual(YEAR_SPAN.min);
    expect(Math.max(...years)).toBeLessThanOrEqual(YEAR_SPAN.max);
  });

  it.each(REFUSED.filter(([, property]) => property !== 'two words'))(
    'refuses %s, naming file, record and field',
    (_, property, value, rule) => {
      const files = readSeed(SEED);
      const work = files.flatMap((f) => f.nodes).find((n) => n.id === 'work:infernal-affairs')!;
      (work.props as Record<string, unknown>)[property] = value;
      const problems = validateSeed(files).map(String);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^seed/\\S+\\.json: nodes\\[\\d+\\] \\(work:infernal-affairs\\): props\\.${property}: `));
      expect(problems[0]).toMatch(rule);
    },
  );

  it('refuses 500 new property keys on one node, once', () => {
    const files = readSeed(SEED);
    const work = files.flatMap((f) => f.nodes).find((n) => n.id === 'work:infernal-affairs')!;
    Object.assign(work.props, MANY_KEYS);
    expect(validateSeed(files).map(String)).toEqual([
      expect.stringMatching(/\(work:infernal-affairs\): props\.properties: would hold 5\d\d properties/),
    ]);
  });
});

describe('the seed against the ranges, additions included', () => {
  it('refuses the addition that takes a node past 64 properties, once, naming it', () => {
    const files = readSeed(SEED);
    const last = files[files.length - 1];
    const full = Object.fromEntries(Array.from({ length: MAX_PROPERTIES }, (_, i) => [`extra${i}`, i + 1]));
    last.additions.push({ id: 'work:infernal-affairs', props: full, source: 'source:general-knowledge', locator: 'test' });
    last.additions.push({ id: 'work:infernal-affairs', props: { moreNote: 'x' }, source: 'source:general-knowledge', locator: 'test' });
    const problems = validateSeed(files).map(String);
    expect(problems).toEqual([
      expect.stringMatching(
        /additions\[\d+\] \(work:infernal-affairs\): props: with the additions up to this one, the node would hold \d+ properties/,
      ),
    ]);
    expect(problems[0]).toContain(`additions[${last.additions.length - 2}]`);
  });
});

describe('the import against the ranges', () => {
  const work = (properties: Record<string, unknown>, types: Record<string, string>): ExchangeNode => ({
    id: 'work:probe',
    labels: ['Work'],
    properties: { id: 'work:probe', title: 'Probe', ...properties } as ExchangeNode['properties'],
    types: { id: 'string', title: 'string', ...types } as ExchangeNode['types'],
  });
  const graph = (node: ExchangeNode): ExchangeGraph => ({
    format: 'av-exchange-graph',
    version: 1,
    exportedAt: '2026-12-07T00:00:00.000Z',
    scope: { label: null },
    nodes: [node],
    relationships: [],
  });

  it('passes a work within the ranges', () => {
    expect(validateImport(graph(work({ year: 2002, rating: 21.5 }, { year: 'integer', rating: 'float' })))).toEqual([]);
  });

  it.each(REFUSED.filter(([, property]) => property !== 'two words'))(
    'refuses %s, naming record and property',
    (_, property, value, rule) => {
      const type = Array.isArray(value)
        ? 'list<string>'
        : typeof value === 'string'
          ? 'string'
          : Number.isSafeInteger(value)
            ? 'integer'
            : 'float';
      const shown = typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
      const problems = validateImport(graph(work({ [property]: shown }, { [property]: type })));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^nodes\\[0\\] \\(work:probe\\): property "${property}" `));
      expect(problems[0]).toMatch(rule);
    },
  );

  it('refuses the stored 9223372036854775807 an export carries as digits', () => {
    const problems = validateImport(graph(work({ year: '9223372036854775807' }, { year: 'integer' })));
    expect(problems).toEqual([expect.stringMatching(/property "year" is 9223372036854775807, beyond 2\^53-1/)]);
  });

  it('refuses 500 new property keys', () => {
    const types = Object.fromEntries(Object.keys(MANY_KEYS).map((k) => [k, 'integer']));
    expect(validateImport(graph(work(MANY_KEYS, types)))).toEqual([
      expect.stringMatching(/^nodes\[0\] \(work:probe\): would hold 501 properties/),
    ]);
  });
});

describe('docs/model.md, "Ranges"', () => {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'model.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Ranges'), doc.indexOf('## Seed files'));
  const row = (first: string) => section.split('\n').find((l) => l.startsWith(`| ${first} |`)) ?? '';

  it.each(Object.keys(NUMERIC_RANGES) as NumericKind[])('gives the range of %s as the model does', (kind) => {
    expect(row(kind)).toContain(`| ${rangeText(kind)}`);
  });

  it('lists every property of a numeric kind in its row', () => {
    for (const [property, kind] of Object.entries(PROPERTY_KINDS)) {
      if (kind in NUMERIC_RANGES) expect([property, row(kind)]).toEqual([property, expect.stringContaining(`\`${property}\``)]);
    }
  });

  it('states the text limits, list length and property count the model holds', () => {
    for (const limit of Object.values(TEXT_LIMITS)) expect(section).toMatch(new RegExp(`\\| ${limit} \\|`));
    expect(section).toContain(`at most ${MAX_LIST_ITEMS} items`);
    expect(section).toContain(`at most ${MAX_PROPERTIES} properties`);
    expect(row('year')).toContain(`${YEAR_SPAN.min} to ${YEAR_SPAN.max}`);
  });
});
