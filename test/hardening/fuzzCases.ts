/**
 * Generated bad input for fuzz.test.ts. Every case is a request (body, headers, method) labelled with
 * its kind. The string arguments come from the schema itself (by introspection), so a new query or
 * mutation is fuzzed without anyone listing it here. All randomness is from a seeded generator.
 */
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pick } from './support';

export interface FuzzCase {
  kind: string;
  body?: string | Buffer;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Strings made to break out of a Cypher string, map, pattern or comment, or a Lucene query. */
export const BREAKOUTS = [
  "'}) DETACH DELETE n //",
  '"}) DETACH DELETE n //',
  "\\'}) MATCH (n) DETACH DELETE n //",
  "x' OR 1=1 //",
  '*/ MATCH (n) DETACH DELETE n /*',
  '`}) DETACH DELETE n //',
  "') CALL { MATCH (n) DETACH DELETE n } //",
  "work:x'}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //",
  ']->() DETACH DELETE n //',
  ':Work) DETACH DELETE n //',
  "' UNION MATCH (n) DETACH DELETE n RETURN n //",
  '$label',
  '${label}',
  '\\u0027}) DETACH DELETE n //',
  'title:* OR *:*',
  '*',
  '?',
  '.*',
  '+-&&||!(){}[]^"~*?:\\/',
  'AND OR NOT TO',
  'CALL db.clearQueryCaches()',
  '%00',
];

/** Text a byte-careless layer could mangle: CJK, emoji, lone surrogates, NUL, direction marks, combining marks. */
export const UNICODE = [
  '长津湖',
  '無間道 Infernal Affairs',
  '🎬🐉🇭🇰',
  '\uD800',
  '\uDFFF',
  'a\uD83Dz',
  'a\u0000b',
  '\u0000',
  '\u202Eevil\u202C',
  'e\u0301\u0301\u0301',
  '\uFEFFbom',
  '𠜎𠜱𠝹',
  '\u0085\u2028\u2029',
  ' ',
  '',
  '   \t\n',
  '香'.repeat(5000),
];

export const STRING_VALUES = [...BREAKOUTS, ...UNICODE];

export interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

/** A slot a string can go into: an argument, or a field of an input object argument (nested up to two levels). */
export type Slot = string[];

const stringish = (t: GraphQLNamedType): boolean => ['String', 'ID', 'JSON', 'JSONObject'].includes(t.name);

function slotsOf(type: GraphQLInputType, path: string[], seen: Set<string>): Slot[] {
  const named = getNamedType(type);
  if (stringish(named)) return [path];
  if (!isInputObjectType(named) || seen.has(named.name) || path.length > 2) return [];
  const inner = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((f) => slotsOf(f.type, [...path, f.name], inner));
}

export const slotsOfField = (field: GraphQLField<unknown, unknown>): Slot[] =>
  field.args.flatMap((a) => slotsOf(a.type, [a.name], new Set()));

/** A value of the right type for a required argument: an id that exists, a small number, the first enum value. */
export function baseValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return baseValue(type.ofType);
  if (isListType(type)) return [baseValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()))
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = baseValue(f.type);
    return out;
  }
  return (
    (
      { ID: 'work:infernal-affairs', String: 'Hong Kong', Int: 1, Float: 1.5, Boolean: true, JSON: 'x', JSONObject: {} } as Record<
        string,
        unknown
      >
    )[type.name] ?? 'x'
  );
}

/** Puts `value` at `slot` in the arguments, making the objects and lists on the way (a list gets one element). */
export function withValue(
  field: GraphQLField<unknown, unknown>,
  base: Record<string, unknown>,
  slot: Slot,
  value: unknown,
): Record<string, unknown> {
  const args = structuredClone(base);
  let type: GraphQLInputType = field.args.find((a) => a.name === slot[0])!.type;
  let holder: Record<string, unknown> = args;
  for (let i = 0; i < slot.length; i++) {
    const name = slot[i];
    if (i > 0) type = (getNamedType(type) as GraphQLInputObjectType).getFields()[name].type;
    const named = getNamedType(type);
    const list = isListType(isNonNullType(type) ? type.ofType : type);
    if (i === slot.length - 1) {
      const shaped = named.name === 'JSONObject' ? { [typeof value === 'string' && value ? value : 'k']: value } : value;
      holder[name] = list ? [shaped] : shaped;
    } else {
      const current = holder[name];
      const inner = (Array.isArray(current) ? current[0] : current) as Record<string, unknown> | undefined;
      const next = inner && typeof inner === 'object' ? inner : {};
      holder[name] = list ? [next] : next;
      holder = next;
    }
  }
  return args;
}

export const requiredArgs = (field: GraphQLField<unknown, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => [a.name, baseValue(a.type)]),
  );

const selection = (field: GraphQLField<unknown, unknown>): string => (isLeafType(getNamedType(field.type)) ? '' : ' { __typename }');

/** The document for one field, every argument given as a variable of its declared type. */
export function document(op: Operation, args: Record<string, unknown>): string {
  const used = op.field.args.filter((a: GraphQLArgument) => a.name in args);
  const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${op.kind}${defs ? ` (${defs})` : ''} { ${op.field.name}${call ? `(${call})` : ''}${selection(op.field)} }`;
}

export const request = (kind: string, query: string, variables: unknown, headers: Record<string, string> = {}): FuzzCase => ({
  kind,
  body: JSON.stringify({ query, variables }),
  headers: { ...JSON_HEADERS, ...headers },
});

export function operations(schema: GraphQLSchema): Operation[] {
  const of = (kind: Operation['kind'], fields: Record<string, GraphQLField<unknown, unknown>> | undefined) =>
    Object.values(fields ?? {}).map((field) => ({ kind, field }));
  return [...of('query', schema.getQueryType()?.getFields()), ...of('mutation', schema.getMutationType()?.getFields())];
}

/** Every string value in every string slot of every query and mutation (mutations without a token). */
export function stringSlotCases(schema: GraphQLSchema): FuzzCase[] {
  return operations(schema).flatMap((op) => {
    const base = requiredArgs(op.field);
    return slotsOfField(op.field).flatMap((slot) =>
      STRING_VALUES.map((v) =>
        request(`${op.kind} string slot`, document(op, withValue(op.field, base, slot, v)), withValue(op.field, base, slot, v)),
      ),
    );
  });
}

/**
 * Mutation inputs that an editor may send but that must all fail: each has at least two independent
 * faults (an id that does not exist, a missing title, a bad type, a step of 0), so putting a string in
 * any one slot cannot make it valid.
 */
export const INVALID_MUTATION_ARGS: Record<string, Record<string, unknown>> = {
  createEntity: { input: { label: 'Work', id: 'work:fuzz-none', properties: {}, source: 'source:fuzz-none', locator: '' } },
  updateEntity: { id: 'work:fuzz-none', set: { id: 'work:other' }, remove: ['title'] },
  deleteEntity: { id: 'work:fuzz-none' },
  incrementProperty: { id: 'work:fuzz-none', property: 'title', by: 0 },
  link: { input: { type: 'aired on', from: 'work:fuzz-none', to: 'platform:fuzz-none', source: 'source:fuzz-none', locator: '' } },
  updateLink: { link: { type: 'AIRED_ON', from: 'work:fuzz-none', to: 'platform:fuzz-none' }, set: { id: 'x' } },
  unlink: { link: { type: 'aired on', from: 'work:fuzz-none', to: 'platform:fuzz-none' } },
  // A change naming two kinds, each of them invalid on its own.
  applyChanges: {
    changes: [
      {
        createEntity: { label: 'Work', id: 'work:fuzz-none', properties: {}, source: 'source:fuzz-none', locator: '' },
        updateEntity: { id: 'work:fuzz-none', set: { id: 'work:other' }, remove: ['title'] },
      },
    ],
  },
  // No change has seq 0, and an editor may not revert.
  revertChange: { seq: 0 },
};

export function editorMutationCases(schema: GraphQLSchema, authorization: string): FuzzCase[] {
  return operations(schema)
    .filter((op) => op.kind === 'mutation')
    .flatMap((op) => {
      const base = INVALID_MUTATION_ARGS[op.field.name];
      if (!base) throw new Error(`no invalid arguments for mutation ${op.field.name}: add them to INVALID_MUTATION_ARGS`);
      return slotsOfField(op.field).flatMap((slot) =>
        STRING_VALUES.map((v) => {
          const args = withValue(op.field, base, slot, v);
          return request('mutation with editor token, invalid input', document(op, args), args, { authorization });
        }),
      );
    });
}

const WRONG_VALUES: unknown[] = [123, -1, 2 ** 53, 1.5, true, 'text', {}, { a: { b: [1] } }, [], [null], null, '9'.repeat(400)];

/** Every argument of every field, given a value of another type. */
export function wrongTypeCases(schema: GraphQLSchema, random: () => number): FuzzCase[] {
  return operations(schema).flatMap((op) =>
    op.field.args.flatMap((arg) =>
      [0, 1, 2].map(() => {
        const args = { ...requiredArgs(op.field), [arg.name]: pick(random, WRONG_VALUES) };
        return request('wrong variable type', document(op, args), args);
      }),
    ),
  );
}

/** Bodies that are not JSON, or JSON of the wrong shape, or sent with the wrong headers or method. */
export function malformedRequestCases(random: () => number, count: number): FuzzCase[] {
  const good = JSON.stringify({ query: '{ work(id: "work:infernal-affairs") { title airings { year } } }' });
  const shapes: (() => FuzzCase)[] = [
    () => ({ kind: 'truncated JSON', body: good.slice(0, Math.floor(random() * good.length)), headers: JSON_HEADERS }),
    () => ({
      kind: 'random bytes',
      body: Buffer.from(Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 256))),
      headers: JSON_HEADERS,
    }),
    () => ({
      kind: 'invalid UTF-8',
      body: Buffer.concat([
        Buffer.from('{"query":"{ search(text: \\"'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]),
        Buffer.from('\\") { __typename } }"}'),
      ]),
      headers: JSON_HEADERS,
    }),
    () => ({
      kind: 'wrong JSON shape',
      body: pick(random, [
        'null',
        '1',
        '"x"',
        '[]',
        '[1]',
        '{}',
        '{"query":1}',
        '{"query":null}',
        '{"query":"{ __typename }","variables":"x"}',
        '{"query":"{ __typename }","variables":[1]}',
        '{"query":"{ __typename }","operationName":5}',
        '{"query":"{ __typename }","extensions":"x"}',
        '{"query":["a"]}',
      ]),
      headers: JSON_HEADERS,
    }),
    () => ({
      kind: 'deeply nested JSON',
      body: `{"query":"{ __typename }","variables":{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
      headers: JSON_HEADERS,
    }),
    () => ({
      kind: 'wrong content type',
      body: good,
      headers: {
        'content-type': pick(random, [
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
          'application/graphql',
          'application/xml',
        ]),
      },
    }),
    () => ({ kind: 'no content type', body: good, headers: {} }),
    () => ({ kind: 'other method', method: pick(random, ['PUT', 'DELETE', 'PATCH']), body: good, headers: JSON_HEADERS }),
    () => ({
      kind: 'bad GET',
      method: 'GET',
      path: `/graphql?${pick(random, ['query={', 'query=%7B%20__typename%20%7D&variables=notjson', 'variables={}', 'query=mutation%20%7B%20deleteEntity(id:%22x%22)%20%7B%20id%20%7D%20%7D', 'query=%00', 'extensions=%7B'])}`,
      headers: { 'apollo-require-preflight': 'true' },
    }),
  ];
  return Array.from({ length: count }, () => pick(random, shapes)());
}

/** GraphQL text that is broken: cut short, with characters changed, or random tokens. */
export function malformedGraphQLCases(random: () => number, texts: string[], count: number): FuzzCase[] {
  const tokens = [
    '{',
    '}',
    '(',
    ')',
    '[',
    ']',
    ':',
    '...',
    '@',
    '$',
    '!',
    '=',
    '"',
    '"""',
    'query',
    'mutation',
    'fragment',
    'on',
    'work',
    'id',
    '__schema',
    '#',
    ',',
    '|',
    '&',
    '长',
    '🎬',
    '\u0000',
    '1e999',
    '-0',
    'true',
  ];
  const shapes: (() => string)[] = [
    () => {
      const t = pick(random, texts);
      return t.slice(0, Math.floor(random() * t.length));
    },
    () => {
      const t = [...pick(random, texts)];
      for (let i = 0; i < 3; i++) t[Math.floor(random() * t.length)] = pick(random, tokens);
      return t.join('');
    },
    () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => pick(random, tokens)).join(' '),
  ];
  return Array.from({ length: count }, () => ({
    kind: 'malformed GraphQL',
    body: JSON.stringify({ query: pick(random, shapes)() }),
    headers: JSON_HEADERS,
  }));
}

/** Inputs that are huge or deeply nested: long strings, long lists, deep filters, deep and wide selections. */
export function hugeCases(): FuzzCase[] {
  const filter = (depth: number): unknown => (depth === 0 ? { field: 'title', eq: 'x' } : { NOT: filter(depth - 1) });
  const works = 'query ($f: EntityFilter) { works(first: 5, filter: $f) { totalCount } }';
  return [
    request('huge string', 'query ($t: String!) { search(text: $t) { __typename } }', { t: 'x'.repeat(900_000) }),
    request('huge string', 'query ($t: String!) { search(text: $t) { __typename } }', { t: 'hong kong '.repeat(90_000) }),
    request('huge string', 'query ($id: ID!) { work(id: $id) { __typename } }', { id: '长'.repeat(300_000) }),
    request('over the body limit', '{ __typename }', { padding: 'x'.repeat(2_000_000) }),
    request('long list', 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename } }', {
      ids: Array.from({ length: 50_000 }, (_, i) => `work:w${i}`),
    }),
    request('long list', works, { f: { field: 'year', in: Array.from({ length: 80_000 }, (_, i) => i) } }),
    request('long list', works, { f: { AND: Array.from({ length: 5000 }, () => ({ field: 'year', gt: 1 })) } }),
    request('long list', works, { f: { OR: Array.from({ length: 5000 }, (_, i) => ({ field: 'year', eq: i })) } }),
    ...[10, 100, 1000, 3000].map((d) => request('deeply nested input', works, { f: filter(d) })),
    request('deep selection', `{ ${'a { '.repeat(3000)}b${' }'.repeat(3000)} }`, {}),
    request(
      'deep selection',
      `{ work(id: "work:infernal-affairs") { ${'airings { node { ... on Work { '.repeat(40)}id${' } } }'.repeat(40)} } }`,
      {},
    ),
    request('wide selection', `{ ${Array.from({ length: 3000 }, () => 'graphStats { nodeCount }').join(' ')} }`, {}),
    request(
      'fragment bomb',
      `{ ...f0 } ${Array.from({ length: 12 }, (_, i) => `fragment f${i} on Query { ${i === 11 ? 'graphStats { nodeCount }' : `...f${i + 1} ...f${i + 1}`} }`).join(' ')}`,
      {},
    ),
    request('fragment cycle', '{ ...a } fragment a on Query { ...b } fragment b on Query { ...a }', {}),
    request('many aliases', `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }`, {}),
    request('many directives', `{ __typename ${'@skip(if: false) '.repeat(2000)} }`, {}),
    request('many operations', Array.from({ length: 200 }, (_, i) => `query q${i} { __typename }`).join(' '), {}),
  ];
}

/**
 * The whole generated corpus both fuzz runs send: every kind above, with the saved queries of queries/ as the
 * texts malformed GraphQL is made from, and mutations signed by `authorization`.
 */
export function generatedCases(schema: GraphQLSchema, random: () => number, authorization: string): FuzzCase[] {
  const dir = path.join(__dirname, '..', '..', 'queries');
  const saved = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  return [
    ...stringSlotCases(schema),
    ...editorMutationCases(schema, authorization),
    ...wrongTypeCases(schema, random),
    ...malformedRequestCases(random, 700),
    ...malformedGraphQLCases(random, saved, 700),
    ...hugeCases(),
  ];
}

/** Requests that once let an internal message through: nesting thousands deep, bodies that do not decompress, and others. */
export function deepCases(): FuzzCase[] {
  const json = { 'content-type': 'application/json' };
  const not = (d: number): string => `${'{NOT: '.repeat(d)}{field: "title", eq: "x"}${'}'.repeat(d)}`;
  const body = JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(2_000_000) });
  return [
    ...[1000, 5000, 20_000].map((d) => request('deep selection', `{ ${'a { '.repeat(d)}b${' }'.repeat(d)} }`, {})),
    ...[1000, 3000].map((d) => request('deep selection', `{ ${'work(id: "x") { ... on Work { '.repeat(d)}id${' } }'.repeat(d)} }`, {})),
    ...[1000, 3000, 20_000].map((d) => request('deep literal', `{ works(first: 5, filter: ${not(d)}) { totalCount } }`, {})),
    request('deep list type', `query ($x: ${'['.repeat(3000)}Int${']'.repeat(3000)}) { __typename }`, {}),
    { kind: 'bad gzip', body: 'not gzip at all', headers: { ...json, 'content-encoding': 'gzip' } },
    { kind: 'bad deflate', body: Buffer.from([1, 2, 3, 4, 5]), headers: { ...json, 'content-encoding': 'deflate' } },
    { kind: 'unknown encoding', body: '{}', headers: { ...json, 'content-encoding': 'zstd-x' } },
    { kind: 'gzip over the limit', body: zlib.gzipSync(body), headers: { ...json, 'content-encoding': 'gzip' } },
    { kind: 'subscription', body: JSON.stringify({ query: 'subscription { __typename }' }), headers: json },
    { kind: 'path not served', method: 'GET', path: '/nothing-here' },
    { kind: 'path not served', method: 'POST', path: '/graphql/x', body: '{}', headers: json },
  ];
}
