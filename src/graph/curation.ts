import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import neo4j from 'neo4j-driver';
import { derivedFrom, ENDPOINTS, kindOf, LABEL_PREFIX, nameField, PropValue, staleDerivedNames, valueProblem, withDerivedNames } from '../model';
import type { Graph, WriteScope } from './graph';
import { keyLookup } from './statements';
import { toNeo4jProps } from './writeValues';

/**
 * Curators' writes. Each method is one write transaction: it reads what it needs, checks it, and
 * writes all of its effect or, on any error, none. Input is checked with the same rules as the seed.
 */
export interface NewEntity {
  label: string;
  id: string;
  properties: Record<string, unknown>;
  source: string;
  locator: string;
}

export interface LinkKey {
  type: string;
  from: string;
  to: string;
  key?: string | null;
}

export interface NewLink extends LinkKey {
  properties?: Record<string, unknown> | null;
  source: string;
  locator: string;
}

export interface Changes {
  set?: Record<string, unknown> | null;
  remove?: string[] | null;
}

const ID = /^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$/;
const TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;
const PROPERTY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MANAGED = ['id', 'source', 'locator'];

const fail = (code: ErrorCode, field: string, message: string) =>
  new GraphQLError(`${field}: ${message}`, { extensions: { code, field } });

function checkProperties(props: Record<string, unknown>, field: string): Record<string, PropValue> {
  for (const [name, value] of Object.entries(props)) {
    if (!PROPERTY.test(name)) throw fail(ErrorCode.BAD_USER_INPUT, `${field}.${name}`, 'is not a property name');
    if (MANAGED.includes(name)) throw fail(ErrorCode.BAD_USER_INPUT, `${field}.${name}`, 'is set by the server, not in properties');
    if (derivedFrom(name)) throw fail(ErrorCode.BAD_USER_INPUT, `${field}.${name}`, `is derived from ${derivedFrom(name)} by the server; set that instead`);
    const problem = valueProblem(kindOf(name), value);
    if (problem) throw fail(ErrorCode.BAD_USER_INPUT, `${field}.${name}`, problem);
  }
  return props as Record<string, PropValue>;
}

export const linkId = (k: LinkKey): string => [k.type, k.from, k.to, k.key ?? ''].join('|');

interface Found {
  label: string;
  elementId: string;
  props: Record<string, unknown>;
}

async function find(tx: WriteScope, ids: string[]): Promise<Map<string, Found>> {
  const lookup = keyLookup('nodesByIds', ids);
  const rows = await tx.run(lookup.query, { byLabel: lookup.byLabel, properties: null });
  return new Map(rows.map((r) => [r.id as string, { label: r.label as string, elementId: r.elementId as string, props: r.props as Record<string, unknown> }]));
}

async function existing(tx: WriteScope, id: string, field: string): Promise<Found> {
  const found = (await find(tx, [id])).get(id);
  if (!found) throw fail(ErrorCode.NOT_FOUND, field, `no entity has the id "${id}"`);
  return found;
}

async function requireSource(tx: WriteScope, source: string): Promise<void> {
  const found = (await find(tx, [source])).get(source);
  if (!found || found.label !== 'Source') throw fail(ErrorCode.NOT_FOUND, 'source', `"${source}" is not the id of a Source`);
}

function checkChanges(changes: Changes, required: string[]): { set: Record<string, unknown>; remove: string[] } {
  const set = checkProperties(changes.set ?? {}, 'set');
  const remove = changes.remove ?? [];
  for (const name of remove) {
    if (!PROPERTY.test(name) || MANAGED.includes(name) || derivedFrom(name)) throw fail(ErrorCode.BAD_USER_INPUT, 'remove', `"${name}" cannot be removed${derivedFrom(name) ? `: it is derived from ${derivedFrom(name)}` : ''}`);
    if (required.includes(name)) throw fail(ErrorCode.BAD_USER_INPUT, 'remove', `"${name}" is required and cannot be removed`);
    if (name in set) throw fail(ErrorCode.BAD_USER_INPUT, 'remove', `"${name}" is both set and removed`);
  }
  return { set: toNeo4jProps(set as Record<string, PropValue>), remove };
}

/** Changes with the entity's derived name forms recomputed from its names after them (src/model/names.ts). */
function withDerivedChanges(before: Record<string, unknown>, changes: { set: Record<string, unknown>; remove: string[] }) {
  const after: Record<string, unknown> = { ...before, ...changes.set };
  for (const name of changes.remove) delete after[name];
  const derived = withDerivedNames(after);
  const derivedSet = Object.fromEntries(Object.entries(derived).filter(([name]) => derivedFrom(name)));
  return { set: { ...changes.set, ...derivedSet }, remove: [...changes.remove, ...staleDerivedNames(before, derived)] };
}

export class Curation {
  constructor(private readonly graph: Graph) {}

  createEntity(input: NewEntity): Promise<string> {
    const prefix = LABEL_PREFIX[input.label];
    if (!prefix) throw fail(ErrorCode.BAD_USER_INPUT, 'label', `"${input.label}" is not an entity label`);
    if (!ID.test(input.id)) throw fail(ErrorCode.BAD_USER_INPUT, 'id', `"${input.id}" is not a <type>:<kebab-case-slug> id`);
    if (!input.id.startsWith(`${prefix}:`)) throw fail(ErrorCode.BAD_USER_INPUT, 'id', `a ${input.label} id must start with "${prefix}:"`);
    const props = checkProperties(input.properties, 'properties');
    if (typeof props[nameField(input.label)] !== 'string') throw fail(ErrorCode.BAD_USER_INPUT, `properties.${nameField(input.label)}`, 'is required');
    if (!input.locator.trim()) throw fail(ErrorCode.BAD_USER_INPUT, 'locator', 'is required: where in the source the entity stands');
    return this.graph.writeAll(async (tx) => {
      if ((await find(tx, [input.id])).has(input.id)) throw fail(ErrorCode.CONFLICT, 'id', `"${input.id}" already exists`);
      await requireSource(tx, input.source);
      await tx.run('createEntity', {
        label: input.label, id: input.id, props: toNeo4jProps(withDerivedNames(props)), source: input.source, locator: input.locator,
        citationId: `CITED_IN|${input.id}|${input.source}`,
      });
      return input.id;
    });
  }

  updateEntity(id: string, changes: Changes): Promise<string> {
    return this.graph.writeAll(async (tx) => {
      const found = await existing(tx, id, 'id');
      const checked = withDerivedChanges(found.props, checkChanges(changes, [nameField(found.label)]));
      await tx.run('updateEntity', { elementId: found.elementId, ...checked });
      return id;
    });
  }

  /**
   * Adds `by` to a whole-number property in one statement. A client reading the value and writing it
   * back (updateEntity) loses increments when two curators do so at once; this never does.
   */
  incrementProperty(id: string, property: string, by: number): Promise<number> {
    if (!PROPERTY.test(property) || MANAGED.includes(property)) throw fail(ErrorCode.BAD_USER_INPUT, 'property', `"${property}" is not a property that can be incremented`);
    if (!['integer', 'count', undefined].includes(kindOf(property))) throw fail(ErrorCode.BAD_USER_INPUT, 'property', `"${property}" is not a whole-number property`);
    if (!Number.isInteger(by) || by === 0) throw fail(ErrorCode.BAD_USER_INPUT, 'by', `must be a whole number other than 0, got ${by}`);
    return this.graph.writeAll(async (tx) => {
      const found = await existing(tx, id, 'id');
      const [row] = await tx.run('incrementProperty', { elementId: found.elementId, property, by: neo4j.int(by) });
      if (!row) throw fail(ErrorCode.BAD_USER_INPUT, 'property', `"${property}" of "${id}" holds ${JSON.stringify(found.props[property])}, not a whole number`);
      const problem = valueProblem(kindOf(property), row.value);
      if (problem) throw fail(ErrorCode.BAD_USER_INPUT, 'by', `would leave ${property} at ${row.value}, and ${property} ${problem}`);
      return row.value as number;
    });
  }

  deleteEntity(id: string): Promise<number> {
    return this.graph.writeAll(async (tx) => {
      const found = await existing(tx, id, 'id');
      const [row] = await tx.run('deleteEntity', { elementId: found.elementId });
      return row.relationships as number;
    });
  }

  link(input: NewLink): Promise<string> {
    if (!TYPE.test(input.type) || input.type === 'CITED_IN') throw fail(ErrorCode.BAD_USER_INPUT, 'type', `"${input.type}" is not a relationship type curators can link`);
    const props = checkProperties(input.properties ?? {}, 'properties');
    if (!input.locator.trim()) throw fail(ErrorCode.BAD_USER_INPUT, 'locator', 'is required: where in the source the fact stands');
    return this.graph.writeAll(async (tx) => {
      const ends = await find(tx, [input.from, input.to]);
      const from = ends.get(input.from);
      const to = ends.get(input.to);
      if (!from) throw fail(ErrorCode.NOT_FOUND, 'from', `no entity has the id "${input.from}"`);
      if (!to) throw fail(ErrorCode.NOT_FOUND, 'to', `no entity has the id "${input.to}"`);
      const rule = ENDPOINTS[input.type];
      if (rule && !rule[0].includes(from.label)) throw fail(ErrorCode.BAD_USER_INPUT, 'from', `${input.type} starts at ${rule[0].join(' or ')}, not ${from.label}`);
      if (rule && !rule[1].includes(to.label)) throw fail(ErrorCode.BAD_USER_INPUT, 'to', `${input.type} ends at ${rule[1].join(' or ')}, not ${to.label}`);
      await requireSource(tx, input.source);
      const id = linkId(input);
      // Without the lock, two links with one key sent at once both pass the check below (no constraint catches it).
      await tx.run('lockNode', { elementId: from.elementId });
      if ((await tx.run('relationshipById', { fromElementId: from.elementId, id })).length > 0) {
        throw fail(ErrorCode.CONFLICT, 'key', `a ${input.type} from "${input.from}" to "${input.to}" with key "${input.key ?? ''}" already exists`);
      }
      await tx.run('linkEntities', {
        fromElementId: from.elementId, toElementId: to.elementId, type: input.type, id,
        props: toNeo4jProps(props), source: input.source, locator: input.locator,
      });
      return id;
    });
  }

  updateLink(key: LinkKey, changes: Changes): Promise<string> {
    return this.graph.writeAll(async (tx) => {
      const relationship = await this.existingLink(tx, key);
      await tx.run('updateLink', { elementId: relationship, ...checkChanges(changes, []) });
      return linkId(key);
    });
  }

  unlink(key: LinkKey): Promise<string> {
    return this.graph.writeAll(async (tx) => {
      await tx.run('unlinkEntities', { elementId: await this.existingLink(tx, key) });
      return linkId(key);
    });
  }

  private async existingLink(tx: WriteScope, key: LinkKey): Promise<string> {
    const from = await existing(tx, key.from, 'from');
    const [row] = await tx.run('relationshipById', { fromElementId: from.elementId, id: linkId(key) });
    if (!row) throw fail(ErrorCode.NOT_FOUND, 'key', `no ${key.type} from "${key.from}" to "${key.to}" with key "${key.key ?? ''}"`);
    return row.elementId as string;
  }
}
