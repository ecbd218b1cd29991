import neo4j from 'neo4j-driver';
import { isFractional, PropValue } from '../model';

/**
 * JSON has one number type; Neo4j has two. Whole numbers of counting properties (years, ranks, box
 * office) go in as Neo4j integers, so Browser shows 2022, not 2022.0; shares and ratings stay floats.
 */
export function toNeo4jProps(props: Record<string, PropValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    const fractional = isFractional(name);
    out[name] = typeof value === 'number' && Number.isInteger(value) && !fractional ? neo4j.int(value) : value;
  }
  return out;
}
