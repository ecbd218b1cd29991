/**
 * The graph as the export files carry it: nodes and relationships with their properties and, beside
 * each property, its Neo4j type. JSON has one number type and Neo4j two, so the type marker is what
 * lets an import put back 2022 as an integer and 13.0 as a float.
 */
import neo4j from 'neo4j-driver';

export const EXCHANGE_FORMAT = 'av-exchange-graph';
export const EXCHANGE_VERSION = 1;

export const PROPERTY_TYPES = [
  'string',
  'integer',
  'float',
  'boolean',
  'list<string>',
  'list<integer>',
  'list<float>',
  'list<boolean>',
  'list',
] as const;
/** `list` is an empty list, whose element type Neo4j does not keep. */
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export type Scalar = string | number | boolean;
/** Integers outside JavaScript's safe range, and NaN, ±Infinity and -0 floats, travel as strings. */
export type PropertyValue = Scalar | Scalar[];
export type Properties = Record<string, PropertyValue>;
export type PropertyTypes = Record<string, PropertyType>;

export interface ExchangeNode {
  /** The node's `id` property: relationships name their ends by it. */
  id: string;
  labels: string[];
  properties: Properties;
  types: PropertyTypes;
}

export interface ExchangeRelationship {
  /** The relationship's `id` property. */
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Properties;
  types: PropertyTypes;
}

export interface ExchangeGraph {
  format: typeof EXCHANGE_FORMAT;
  version: typeof EXCHANGE_VERSION;
  exportedAt: string;
  /** `label` set: that label's nodes, the relationships touching them and the nodes at their other ends. */
  scope: { label: string | null };
  nodes: ExchangeNode[];
  relationships: ExchangeRelationship[];
}

/** A file (or graph) that cannot be exchanged, with one line per problem, each naming its record. */
export class ExchangeError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join('\n  ')}`);
  }
}

const CYPHER_TYPES: Record<string, PropertyType> = {
  STRING: 'string',
  INTEGER: 'integer',
  FLOAT: 'float',
  BOOLEAN: 'boolean',
  'LIST<STRING>': 'list<string>',
  'LIST<INTEGER>': 'list<integer>',
  'LIST<FLOAT>': 'list<float>',
  'LIST<BOOLEAN>': 'list<boolean>',
  'LIST<NOTHING>': 'list',
};

/** The marker for what Cypher's valueType() says, or undefined for types the files do not carry (dates, points). */
export function propertyTypeOf(cypherType: string): PropertyType | undefined {
  return CYPHER_TYPES[cypherType.replace(/ NOT NULL/g, '')];
}

/** A float JSON cannot write as a number keeps its exact value as a string. */
function floatOut(value: number): Scalar {
  return Number.isFinite(value) && !Object.is(value, -0) ? value : String(value);
}

/** A property value read through the db (integers already plain), ready for JSON. */
export function valueOut(type: PropertyType, value: unknown): PropertyValue {
  if (type === 'float') return floatOut(value as number);
  if (type === 'list<float>') return (value as number[]).map(floatOut);
  return value as PropertyValue;
}

const INTEGER_TEXT = /^-?\d+$/;
const FLOAT_TEXT = /^(NaN|-?Infinity|-0)$/;

function scalarProblem(type: string, value: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'a string';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'integer':
      return (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && INTEGER_TEXT.test(value))
        ? undefined
        : 'a whole number (or, beyond 2^53, its digits as a string)';
    case 'float':
      return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && FLOAT_TEXT.test(value))
        ? undefined
        : 'a number (or "NaN", "Infinity", "-Infinity", "-0")';
    default:
      return `a known type, not "${type}"`;
  }
}

/** What is wrong with a value for its declared type, or undefined when it fits. */
export function valueProblem(type: PropertyType, value: unknown): string | undefined {
  if (type === 'list') return Array.isArray(value) && value.length === 0 ? undefined : 'an empty list';
  if (!type.startsWith('list<')) return scalarProblem(type, value);
  if (!Array.isArray(value)) return `a list (${type})`;
  const element = type.slice(5, -1);
  const bad = value.findIndex((v) => scalarProblem(element, v) !== undefined);
  return bad < 0 ? undefined : `a list whose element ${bad} is ${scalarProblem(element, value[bad])}`;
}

function scalarIn(type: string, value: Scalar): unknown {
  if (type === 'integer') return neo4j.int(value as number | string);
  if (type === 'float') return typeof value === 'number' ? value : Number(value);
  return value;
}

/** A checked value as the driver must send it: integers as Neo4j integers, floats as JavaScript numbers. */
export function valueIn(type: PropertyType, value: PropertyValue): unknown {
  if (Array.isArray(value)) return value.map((v) => scalarIn(type.slice(5, -1), v));
  return scalarIn(type, value);
}

export function propertiesIn(properties: Properties, types: PropertyTypes): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, valueIn(types[name], value)]));
}
