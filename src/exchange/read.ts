/**
 * Reads the graph (or one label's part of it) out of Neo4j into the exchange model, through read
 * transactions. A write landing between the two reads could leave a relationship whose end is missing;
 * the validation below then stops the export rather than writing a broken file.
 */
import type { Graph, Row } from '../graph/graph';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  ExchangeError,
  ExchangeGraph,
  ExchangeNode,
  ExchangeRelationship,
  Properties,
  PropertyTypes,
  propertyTypeOf,
  valueOut,
} from './model';
import { validateGraph } from './validate';

/** `id` first, the rest alphabetical, so that two exports of one graph read alike. */
const byName = ([a]: [string, string], [b]: [string, string]) => (a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0);

/** Properties with their type markers; a type the files cannot carry is a problem naming the record. */
function typed(record: string, props: Record<string, unknown>, cypherTypes: [string, string][], problems: string[]) {
  const properties: Properties = {};
  const types: PropertyTypes = {};
  for (const [name, cypherType] of [...cypherTypes].sort(byName)) {
    const type = propertyTypeOf(cypherType);
    if (!type) {
      problems.push(`${record}: property "${name}" is a ${cypherType}, which the export files do not carry`);
      continue;
    }
    types[name] = type;
    properties[name] = valueOut(type, props[name]);
  }
  return { properties, types };
}

function nodeOf(row: Row, problems: string[]): ExchangeNode {
  const labels = row.labels as string[];
  const props = row.props as Record<string, unknown>;
  const record = `node ${typeof props.id === 'string' ? props.id : `:${labels.join(':')} without an id`}`;
  return { id: props.id as string, labels, ...typed(record, props, row.types as [string, string][], problems) };
}

function relationshipOf(row: Row, problems: string[]): ExchangeRelationship {
  const props = row.props as Record<string, unknown>;
  const record = `relationship ${String(props.id ?? `${row.type} from ${row.from} to ${row.to} without an id`)}`;
  return {
    id: props.id as string,
    type: row.type as string,
    from: row.from as string,
    to: row.to as string,
    ...typed(record, props, row.types as [string, string][], problems),
  };
}

/**
 * The whole graph, or with `label` that label's nodes, every relationship touching them and the nodes at
 * their other ends. Fails, naming the records, when the graph holds something the files cannot carry
 * faithfully (a node or relationship without an id, a date-typed property, two nodes sharing an id).
 */
export async function readGraph(db: Graph, options: { label?: string } = {}): Promise<ExchangeGraph> {
  const label = options.label ?? null;
  const nodeRows = await db.read('exportNodes', { label });
  const relationshipRows = await db.read('exportRelationships', { label });
  if (label !== null && !nodeRows.some((r) => (r.labels as string[]).includes(label))) {
    throw new ExchangeError([`no node carries the label "${label}"`]);
  }
  const problems: string[] = [];
  const graph: ExchangeGraph = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: new Date().toISOString(),
    scope: { label },
    nodes: nodeRows.map((r) => nodeOf(r, problems)),
    relationships: relationshipRows.map((r) => relationshipOf(r, problems)),
  };
  problems.push(...validateGraph(graph));
  if (problems.length > 0) throw new ExchangeError(problems);
  return graph;
}
