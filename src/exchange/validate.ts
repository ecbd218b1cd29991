/**
 * Checks an exchange graph (an export about to be written, or a file about to be imported) before anything
 * touches the database. Every problem names its record: `nodes[3] (work:infernal-affairs)`. An import is
 * also held to the domain model (src/model), as every other write path is; an export is not, so that it
 * carries whatever the graph holds.
 */
import {
  CLAIM_LABEL,
  CLAIM_TYPES,
  claimLinkProblem,
  isModelType,
  LABELS,
  MAX_WHOLE,
  propertiesProblems,
  relationshipProblem,
} from '../model';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, PROPERTY_TYPES, PropertyType, valueProblem } from './model';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const KNOWN_TYPES = new Set<string>(PROPERTY_TYPES);

/** Most problems repeat a pattern; listing the first ones is enough to act on. */
const MAX_PROBLEMS = 50;

function propertyProblems(record: string, item: Json, id: unknown): string[] {
  const { properties, types } = item;
  if (!isObject(properties)) return [`${record}: "properties" must be an object`];
  if (!isObject(types)) return [`${record}: "types" must be an object naming each property's type`];
  const problems: string[] = [];
  if (properties.id !== id) problems.push(`${record}: properties.id must equal its "id"`);
  for (const [name, value] of Object.entries(properties)) {
    const type = types[name];
    if (type === undefined) problems.push(`${record}: property "${name}" has no entry in "types"`);
    else if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) {
      problems.push(`${record}: property "${name}" has type ${JSON.stringify(type)}, not one of ${PROPERTY_TYPES.join(', ')}`);
    } else {
      const problem = valueProblem(type as PropertyType, value);
      if (problem) problems.push(`${record}: property "${name}" is typed ${type} but holds ${JSON.stringify(value)}; expected ${problem}`);
    }
  }
  for (const name of Object.keys(types)) {
    if (!(name in properties)) problems.push(`${record}: "types" names "${name}", which is not among its properties`);
  }
  return problems;
}

const DIGITS = /^-?\d+$/;

/** A typed value as a number where its type is one ("NaN", "-0"), for the model's ranges. */
function decoded(type: unknown, value: unknown): unknown {
  const numeric = type === 'integer' || type === 'float' || type === 'list<integer>' || type === 'list<float>';
  if (!numeric) return value;
  return Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? Number(v) : v))
    : typeof value === 'string'
      ? Number(value)
      : value;
}

/** An integer an export carried as its digits because it is beyond 2^53-1: named with the digits as written. */
function beyondWhole(value: unknown): string | undefined {
  const digits = (Array.isArray(value) ? value : [value]).find(
    (v) => typeof v === 'string' && DIGITS.test(v) && !Number.isSafeInteger(Number(v)),
  );
  return digits === undefined ? undefined : `is ${digits}, beyond 2^53-1 (${MAX_WHOLE}), where numbers lose precision; it is refused`;
}

/**
 * What the model's ranges say of a record's properties (src/model/checks.ts, as curation and the seed check them):
 * run once its properties are well typed, so each problem is the model's, not the file's.
 */
function modelPropertyProblems(record: string, label: undefined, item: Json): string[] {
  const { properties, types } = item as { properties: Json; types: Json };
  const problems: string[] = [];
  const values: Json = {};
  for (const [name, value] of Object.entries(properties)) {
    const beyond = beyondWhole(value);
    if (beyond) problems.push(`${record}: property "${name}" ${beyond}`);
    else values[name] = decoded(types[name], value);
  }
  const model = propertiesProblems(label, values).map(([name, problem]) =>
    name === 'properties' ? `${record}: ${problem}` : `${record}: property "${name}" ${problem}`,
  );
  return [...problems, ...model];
}

/** What the model says of a node's labels: each one of the model's, or a claim's (the history's Change and ChangeLog are not). */
function nodeModelProblem(labels: string[]): string | undefined {
  const outside = labels.filter((l) => !LABELS.includes(l) && l !== CLAIM_LABEL);
  if (outside.length === 0) return undefined;
  const named = outside.map((l) => JSON.stringify(l)).join(', ');
  return `${outside.length === 1 ? 'label' : 'labels'} ${named} ${outside.length === 1 ? 'is' : 'are'} not in the model (${LABELS.join(', ')})`;
}

/**
 * What the model says of a relationship: its type one of the model's, and its ends' labels a pair the type
 * may join, in its direction. Ends the file lacks, or whose labels are outside the model, are reported
 * with their own records.
 */
function relationshipModelProblem(type: string, fromLabels: string[] | undefined, toLabels: string[] | undefined): string | undefined {
  const claim = CLAIM_TYPES.includes(type);
  if (!claim && !isModelType(type)) return `${type} is not a relationship type of the model`;
  if (!fromLabels || !toLabels) return undefined;
  for (const from of fromLabels) {
    for (const to of toLabels) {
      const problem = claim ? claimLinkProblem(type, from, to) : relationshipProblem(type, from, to);
      if (problem) return problem;
    }
  }
  return undefined;
}

function nodeProblems(nodes: unknown[], model: boolean): { problems: string[]; labelsOf: Map<string, string[] | undefined> } {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  /** Each node's labels, when they are all the model's (else undefined: its relationships' ends go unchecked). */
  const labelsOf = new Map<string, string[] | undefined>();
  nodes.forEach((node, i) => {
    const record = `nodes[${i}]${isObject(node) && isName(node.id) ? ` (${node.id})` : ''}`;
    if (!isObject(node)) return problems.push(`${record}: must be an object`);
    const labels =
      Array.isArray(node.labels) && node.labels.length > 0 && node.labels.every(isName) ? (node.labels as string[]) : undefined;
    const labelProblem = labels && model ? nodeModelProblem(labels) : undefined;
    if (!isName(node.id)) problems.push(`${record}: "id" must be a non-empty string`);
    else if (seen.has(node.id)) problems.push(`${record}: the id is also used by nodes[${seen.get(node.id)}]`);
    else {
      seen.set(node.id, i);
      labelsOf.set(node.id, labelProblem ? undefined : labels);
    }
    if (!labels) problems.push(`${record}: "labels" must be a non-empty list of label names`);
    else if (labelProblem) problems.push(`${record}: ${labelProblem}`);
    const typed = propertyProblems(record, node, node.id);
    problems.push(...typed);
    // No label: the ranges hold, a label's kinds are not asked (the synthetic graph's Source is of kind "synthetic").
    if (model && typed.length === 0) problems.push(...modelPropertyProblems(record, undefined, node));
  });
  return { problems, labelsOf };
}

function relationshipProblems(relationships: unknown[], labelsOf: Map<string, string[] | undefined>, model: boolean): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  relationships.forEach((rel, i) => {
    const record = `relationships[${i}]${isObject(rel) && isName(rel.id) ? ` (${rel.id})` : ''}`;
    if (!isObject(rel)) return problems.push(`${record}: must be an object`);
    if (!isName(rel.type)) problems.push(`${record}: "type" must be a non-empty string`);
    if (!isName(rel.id)) problems.push(`${record}: "id" must be a non-empty string`);
    else {
      const key = `${String(rel.type)} ${rel.id}`;
      if (seen.has(key)) problems.push(`${record}: the same type and id as relationships[${seen.get(key)}]`);
      else seen.set(key, i);
    }
    for (const end of ['from', 'to'] as const) {
      if (!isName(rel[end])) problems.push(`${record}: "${end}" must be the id of a node`);
      else if (!labelsOf.has(rel[end] as string))
        problems.push(`${record}: "${end}" names node "${String(rel[end])}", which is not in the file`);
    }
    if (model && isName(rel.type)) {
      const ends = [rel.from, rel.to].map((id) => (isName(id) ? labelsOf.get(id) : undefined));
      const problem = relationshipModelProblem(rel.type, ends[0], ends[1]);
      if (problem) problems.push(`${record}: ${problem}`);
    }
    const typed = propertyProblems(record, rel, rel.id);
    problems.push(...typed);
    if (model && typed.length === 0) problems.push(...modelPropertyProblems(record, undefined, rel));
  });
  return problems;
}

function graphProblems(doc: unknown, model: boolean): string[] {
  if (!isObject(doc)) return ['the file must hold a JSON object'];
  if (doc.format !== EXCHANGE_FORMAT || doc.version !== EXCHANGE_VERSION) {
    return [`the file is not an export of this project (expected "format": "${EXCHANGE_FORMAT}", "version": ${EXCHANGE_VERSION})`];
  }
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.relationships)) return ['the file must have "nodes" and "relationships" lists'];
  const nodes = nodeProblems(doc.nodes, model);
  const problems = [...nodes.problems, ...relationshipProblems(doc.relationships, nodes.labelsOf, model)];
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `... and ${problems.length - MAX_PROBLEMS} more`];
}

/** Every problem with the graph's structure and property types, none when it can be written to a file as it is. */
export function validateGraph(doc: unknown): string[] {
  return graphProblems(doc, false);
}

/**
 * Every problem with a file about to be imported, none when it can be: validateGraph's, and the model's
 * (a label or relationship type outside it, a relationship between labels its type does not join).
 */
export function validateImport(doc: unknown): string[] {
  return graphProblems(doc, true);
}
