/**
 * Shared helpers for the seed tests: loading the real seed into the test database, reading rows
 * back with every nested value made plain, and a checksum of the whole graph.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver, Integer } from 'neo4j-driver';
import { toPlain } from '../../src/graph/plain';
import { QueryCatalog } from '../../src/graph/statements';
import { applySchema } from '../../src/graph/schema';
import { loadSeed } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { testEnv, testExecutor } from '../support/neo4j';

/** The project's seed folder (SEED_TEST_DIR points the tests at a copy, e.g. to check that they catch a changed value). */
export const SEED_DIR = process.env.SEED_TEST_DIR || path.join(__dirname, '..', '..', 'seed');

/** Applies the schema and loads the project's seed, emptying the graph first. */
export async function loadRealSeed(driver: Driver, options: { reset?: boolean } = { reset: true }): Promise<void> {
  const graph = testExecutor(driver);
  await applySchema(graph, new QueryCatalog());
  await loadSeed(graph, readSeed(SEED_DIR), options);
}

/** Runs Cypher straight through the driver; every value, however deeply nested, comes back plain. */
export async function query(driver: Driver, text: string, params: Record<string, unknown> = {}): Promise<Record<string, any>[]> {
  const result = await driver.executeQuery(text, params, { database: testEnv().NEO4J_DATABASE, routing: neo4j.routing.READ });
  return result.records.map((r) => toPlain(r.toObject()) as Record<string, any>);
}

/** A canonical text for a value: keys sorted, integers and floats told apart, lists kept in order. */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (neo4j.isInt(value)) return `int:${(value as Integer).toString()}`;
  if (typeof value === 'number') return `float:${Object.is(value, -0) ? '-0' : String(value)}`;
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(String(value));
}

export interface GraphSnapshot {
  nodeCount: number;
  relationshipCount: number;
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  /** sha256 over every node (labels, properties) and relationship (type, ends, properties), sorted. */
  checksum: string;
}

/**
 * Counts by label and type and a checksum over every node and relationship with its properties; the
 * history (:Change, :ChangeLog) included, so "nothing was written" covers it too, unless `graphOnly`.
 */
export async function snapshot(driver: Driver, options: { graphOnly?: boolean } = {}): Promise<GraphSnapshot> {
  const db = { database: testEnv().NEO4J_DATABASE, routing: neo4j.routing.READ };
  const where = options.graphOnly ? 'WHERE NOT n:Change AND NOT n:ChangeLog ' : '';
  const nodes = await driver.executeQuery(`MATCH (n) ${where}RETURN labels(n) AS labels, properties(n) AS props`, {}, db);
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    {},
    db,
  );
  const lines: string[] = [];
  const nodesByLabel: Record<string, number> = {};
  const relationshipsByType: Record<string, number> = {};
  for (const rec of nodes.records) {
    const labels = [...(rec.get('labels') as string[])].sort();
    for (const l of labels) nodesByLabel[l] = (nodesByLabel[l] ?? 0) + 1;
    lines.push(`N ${canonical(labels)} ${canonical(rec.get('props'))}`);
  }
  for (const rec of rels.records) {
    const type = rec.get('type') as string;
    relationshipsByType[type] = (relationshipsByType[type] ?? 0) + 1;
    lines.push(`R ${type} ${canonical(rec.get('from'))} ${canonical(rec.get('to'))} ${canonical(rec.get('props'))}`);
  }
  lines.sort();
  const checksum = crypto.createHash('sha256').update(lines.join('\n')).digest('hex');
  return { nodeCount: nodes.records.length, relationshipCount: rels.records.length, nodesByLabel, relationshipsByType, checksum };
}

/** A copy of the real seed folder in a fresh temporary directory, for altering one record. */
export function copySeedToTemp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-bad-'));
  // The JSON files and the name mappings (seed/names/), which readSeed reads with them.
  fs.cpSync(SEED_DIR, dir, { recursive: true, filter: (from) => !from.endsWith('.md') });
  return dir;
}

export type Json = any;

/** Reads one seed file of a folder, lets `alter` change it, and writes it back. */
export function alterSeedFile(dir: string, name: string, alter: (data: Json) => void): void {
  const file = path.join(dir, name);
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  alter(data);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
}
