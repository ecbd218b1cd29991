/**
 * Checks an exchange graph (an export about to be written, or a file about to be imported) before anything
 * touches the database. Every problem names its record: `nodes[3] (work:infernal-affairs)`.
 */
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

function nodeProblems(nodes: unknown[]): { problems: string[]; ids: Set<string> } {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  nodes.forEach((node, i) => {
    const record = `nodes[${i}]${isObject(node) && isName(node.id) ? ` (${node.id})` : ''}`;
    if (!isObject(node)) return problems.push(`${record}: must be an object`);
    if (!isName(node.id)) problems.push(`${record}: "id" must be a non-empty string`);
    else if (seen.has(node.id)) problems.push(`${record}: the id is also used by nodes[${seen.get(node.id)}]`);
    else seen.set(node.id, i);
    if (!Array.isArray(node.labels) || node.labels.length === 0 || !node.labels.every(isName)) {
      problems.push(`${record}: "labels" must be a non-empty list of label names`);
    }
    problems.push(...propertyProblems(record, node, node.id));
  });
  return { problems, ids: new Set(seen.keys()) };
}

function relationshipProblems(relationships: unknown[], nodeIds: Set<string>): string[] {
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
      else if (!nodeIds.has(rel[end] as string))
        problems.push(`${record}: "${end}" names node "${String(rel[end])}", which is not in the file`);
    }
    problems.push(...propertyProblems(record, rel, rel.id));
  });
  return problems;
}

/** Every problem with the graph, none when it can be written to a file or imported as it is. */
export function validateGraph(doc: unknown): string[] {
  if (!isObject(doc)) return ['the file must hold a JSON object'];
  if (doc.format !== EXCHANGE_FORMAT || doc.version !== EXCHANGE_VERSION) {
    return [`the file is not an export of this project (expected "format": "${EXCHANGE_FORMAT}", "version": ${EXCHANGE_VERSION})`];
  }
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.relationships)) return ['the file must have "nodes" and "relationships" lists'];
  const nodes = nodeProblems(doc.nodes);
  const problems = [...nodes.problems, ...relationshipProblems(doc.relationships, nodes.ids)];
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `... and ${problems.length - MAX_PROBLEMS} more`];
}
