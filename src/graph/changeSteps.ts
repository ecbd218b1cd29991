import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { ErrorCode } from '../errors';
import {
  CITATION_TYPE,
  citationId,
  RELATIONSHIP_TYPE_NAME,
  derivedFrom,
  endpointProblem,
  endpointsOf,
  ID_PATTERN,
  kindOf,
  LABEL_PREFIX,
  labelOfId,
  nameField,
  PropValue,
  PROPERTY_NAME,
  propertyCountProblem,
  propertyProblem,
  staleDerivedNames,
  valueProblem,
  withDerivedNames,
} from '../model';
import { ChangeKind, Citation, LinkKey, linkId, NewEntity, NewLink, PropertyChanges } from './changes';
import type { WriteScope } from './graph';
import type { ChangeDraft, EntitySnapshot, FactSnapshot } from './history';
import { keyLookup } from './statements';
import { toNeo4jProps } from './writeValues';

/**
 * One step per kind of change. Each checks its input against the model at once (before any
 * transaction opens) and answers the part that runs in the change set's transaction: read what it
 * needs, check against the graph, write, and say what changed for the history.
 */
export interface Applied {
  result: string | number;
  draft: ChangeDraft;
}

type Run = (tx: WriteScope) => Promise<Applied>;

/** Set by the server: an entity's id and citation, a fact's id, source and locator. */
const MANAGED = ['id', 'source', 'locator'];

export const fail = (code: string, field: string, message: string) =>
  new GraphQLError(`${field}: ${message}`, { extensions: { code, field } });

function checkProperties(label: string | undefined, props: Record<string, unknown>, field: string): Record<string, PropValue> {
  const tooMany = propertyCountProblem(Object.keys(props));
  if (tooMany) throw fail(ErrorCode.BAD_USER_INPUT, field, tooMany);
  for (const [name, value] of Object.entries(props)) {
    if (!PROPERTY_NAME.test(name)) throw fail(ErrorCode.BAD_USER_INPUT, `${field}.${name}`, 'is not a property name');
    if (MANAGED.includes(name)) throw fail(ErrorCode.BAD_USER_INPUT, `${field}.${name}`, 'is set by the server, not in properties');
    if (derivedFrom(name))
      throw fail(ErrorCode.BAD_USER_INPUT, `${field}.${name}`, `is derived from ${derivedFrom(name)} by the server; set that instead`);
    const problem = propertyProblem(label, name, value);
    if (problem) throw fail(ErrorCode.BAD_USER_INPUT, `${field}.${name}`, problem);
  }
  return props as Record<string, PropValue>;
}

function checkCitation(source: string, locator: string, what: string): void {
  checkId(source, 'source');
  if (!locator.trim()) throw fail(ErrorCode.BAD_USER_INPUT, 'locator', `is required: where in the source the ${what} stands`);
  const problem = propertyProblem(undefined, 'locator', locator);
  if (problem) throw fail(ErrorCode.BAD_USER_INPUT, 'locator', problem);
}

/** An optional citation of an update or delete: both or neither, each checked like a new one's. */
function optionalCitation(c: Citation): { source: string | null; locator: string | null } {
  if (!c.source && !c.locator) return { source: null, locator: null };
  if (!c.source) throw fail(ErrorCode.BAD_USER_INPUT, 'source', 'is required with a locator');
  checkCitation(c.source, c.locator ?? '', 'change');
  return { source: c.source, locator: c.locator! };
}

/** An id too large for the index is refused here; one that names nothing is NOT_FOUND when looked up. */
function checkId(id: string, field: string): void {
  const problem = propertyProblem(undefined, 'id', id);
  if (problem) throw fail(ErrorCode.BAD_USER_INPUT, field, problem);
}

function checkKey(k: LinkKey): void {
  if (!RELATIONSHIP_TYPE_NAME.test(k.type) || k.type === CITATION_TYPE)
    throw fail(ErrorCode.BAD_USER_INPUT, 'type', `"${k.type}" is not a relationship type curators can link`);
  if (endpointsOf(k.type).length === 0)
    throw fail(ErrorCode.BAD_USER_INPUT, 'type', `${k.type} is not a relationship type of the model (docs/model.md lists them)`);
  checkId(k.from, 'from');
  checkId(k.to, 'to');
  if (k.key !== undefined && k.key !== null && (k.key.length > 200 || k.key.includes('|')))
    throw fail(ErrorCode.BAD_USER_INPUT, 'key', 'must be at most 200 characters, without "|"');
}

function checkChanges(label: string | undefined, changes: PropertyChanges): { set: Record<string, PropValue>; remove: string[] } {
  const set = checkProperties(label, changes.set ?? {}, 'set');
  const remove = changes.remove ?? [];
  for (const name of remove) {
    if (!PROPERTY_NAME.test(name) || MANAGED.includes(name) || derivedFrom(name)) {
      throw fail(
        ErrorCode.BAD_USER_INPUT,
        'remove',
        `"${name}" cannot be removed${derivedFrom(name) ? `: it is derived from ${derivedFrom(name)}` : ''}`,
      );
    }
    if (label && name === nameField(label)) throw fail(ErrorCode.BAD_USER_INPUT, 'remove', `"${name}" is required and cannot be removed`);
    if (name in set) throw fail(ErrorCode.BAD_USER_INPUT, 'remove', `"${name}" is both set and removed`);
  }
  if (Object.keys(set).length === 0 && remove.length === 0) throw fail(ErrorCode.BAD_USER_INPUT, 'set', 'nothing to set or remove');
  return { set, remove };
}

/** An update may not leave a record holding more properties than the model allows (checked against what it holds). */
function checkCountAfter(before: Record<string, unknown>, changes: { set: Record<string, unknown>; remove: string[] }): void {
  const after = new Set([...Object.keys(before), ...Object.keys(changes.set)]);
  for (const name of changes.remove) after.delete(name);
  const tooMany = propertyCountProblem(after);
  if (tooMany) throw fail(ErrorCode.BAD_USER_INPUT, 'set', tooMany);
}

/** The changes with the derived name forms (src/model/names.ts) the changed names make, and those they leave stale removed. */
function withDerivedChanges(before: Record<string, unknown>, changes: { set: Record<string, PropValue>; remove: string[] }) {
  const after: Record<string, unknown> = { ...before, ...changes.set };
  for (const name of changes.remove) delete after[name];
  const derived = withDerivedNames(after as Record<string, PropValue>);
  const derivedSet = Object.fromEntries(Object.entries(derived).filter(([name]) => derivedFrom(name))) as Record<string, PropValue>;
  return { set: { ...changes.set, ...derivedSet }, remove: [...changes.remove, ...staleDerivedNames(before, derived)] };
}

/** The end that is wrong, named as the seed names it (`to: AIRED_ON ends at Platform, not Region`). */
function checkEnds(type: string, fromLabel: string, toLabel: string): void {
  if (!endpointProblem(type, fromLabel, toLabel)) return;
  const pairs = endpointsOf(type);
  const starting = pairs.filter(([from]) => from.includes(fromLabel));
  if (starting.length === 0) {
    throw fail(
      ErrorCode.BAD_USER_INPUT,
      'from',
      `${type} starts at ${[...new Set(pairs.flatMap(([from]) => from))].join(' or ')}, not ${fromLabel}`,
    );
  }
  throw fail(
    ErrorCode.BAD_USER_INPUT,
    'to',
    `${type} ends at ${[...new Set(starting.flatMap(([, to]) => to))].join(' or ')}, not ${toLabel}`,
  );
}

interface Found {
  label: string;
  elementId: string;
  props: Record<string, unknown>;
}

async function find(tx: WriteScope, ids: string[]): Promise<Map<string, Found>> {
  const lookup = keyLookup('nodesByIds', ids);
  const rows = await tx.run(lookup.query, { byLabel: lookup.byLabel, properties: null });
  return new Map(
    rows.map((r) => [
      r.id as string,
      { label: r.label as string, elementId: r.elementId as string, props: r.props as Record<string, unknown> },
    ]),
  );
}

export async function existing(tx: WriteScope, id: string, field: string): Promise<Found> {
  const found = (await find(tx, [id])).get(id);
  if (!found) throw fail(ErrorCode.NOT_FOUND, field, `no entity has the id "${id}"`);
  return found;
}

async function requireSource(tx: WriteScope, source: string | null): Promise<void> {
  if (source === null) return;
  const found = (await find(tx, [source])).get(source);
  if (!found || found.label !== 'Source') throw fail(ErrorCode.NOT_FOUND, 'source', `"${source}" is not the id of a Source`);
}

export async function existingLink(tx: WriteScope, key: LinkKey): Promise<{ elementId: string; props: Record<string, unknown> }> {
  const from = await existing(tx, key.from, 'from');
  const [row] = await tx.run('relationshipById', { fromElementId: from.elementId, id: linkId(key) });
  if (!row) throw fail(ErrorCode.NOT_FOUND, 'key', `no ${key.type} from "${key.from}" to "${key.to}" with key "${key.key ?? ''}"`);
  return { elementId: row.elementId as string, props: row.props as Record<string, unknown> };
}

const entity = (label: string, properties: Record<string, unknown>): EntitySnapshot => ({ label, properties });
const fact = (k: LinkKey, properties: Record<string, unknown>): FactSnapshot => ({
  type: k.type,
  from: k.from,
  to: k.to,
  key: k.key ?? null,
  properties,
});

function createEntity(input: NewEntity): Run {
  const prefix = LABEL_PREFIX[input.label];
  if (!prefix) throw fail(ErrorCode.BAD_USER_INPUT, 'label', `"${input.label}" is not an entity label`);
  if (!ID_PATTERN.test(input.id))
    throw fail(ErrorCode.BAD_USER_INPUT, 'id', `"${input.id.slice(0, 80)}" is not a <type>:<kebab-case-slug> id`);
  if (!input.id.startsWith(`${prefix}:`)) throw fail(ErrorCode.BAD_USER_INPUT, 'id', `a ${input.label} id must start with "${prefix}:"`);
  checkId(input.id, 'id');
  const props = checkProperties(input.label, input.properties, 'properties');
  if (typeof props[nameField(input.label)] !== 'string')
    throw fail(ErrorCode.BAD_USER_INPUT, `properties.${nameField(input.label)}`, 'is required');
  checkCitation(input.source, input.locator, 'entity');
  return async (tx) => {
    if ((await find(tx, [input.id])).has(input.id)) throw fail(ErrorCode.CONFLICT, 'id', `"${input.id}" already exists`);
    await requireSource(tx, input.source);
    await tx.run('createEntity', {
      label: input.label,
      id: input.id,
      props: toNeo4jProps(withDerivedNames(props)),
      source: input.source,
      locator: input.locator,
      citationId: citationId(input.id, input.source),
    });
    const draft: ChangeDraft = {
      op: 'createEntity',
      targetKind: 'entity',
      target: input.id,
      before: null,
      // As written: the checked properties and the id (createEntity answers only the id).
      after: entity(input.label, { ...props, id: input.id }),
      source: input.source,
      locator: input.locator,
    };
    return { result: input.id, draft };
  };
}

function updateEntity(input: { id: string } & PropertyChanges & Citation): Run {
  checkId(input.id, 'id');
  // The label the id's prefix names: the entity found must have it (nodesByIds looks ids up by prefix).
  const checked = checkChanges(labelOfId(input.id), input);
  const citation = optionalCitation(input);
  return async (tx) => {
    const found = await existing(tx, input.id, 'id');
    await requireSource(tx, citation.source);
    checkCountAfter(found.props, checked);
    const changes = withDerivedChanges(found.props, checked);
    const [row] = await tx.run('updateEntity', { elementId: found.elementId, set: toNeo4jProps(changes.set), remove: changes.remove });
    const draft: ChangeDraft = {
      op: 'updateEntity',
      targetKind: 'entity',
      target: input.id,
      before: entity(found.label, found.props),
      after: entity(found.label, row.props as Record<string, unknown>),
      ...citation,
    };
    return { result: input.id, draft };
  };
}

/**
 * Adds `by` to a whole-number property in one statement. A client reading the value and writing it
 * back (updateEntity) loses increments when two curators do so at once; this never does.
 */
function incrementProperty(input: { id: string; property: string; by: number } & Citation): Run {
  const { id, property, by } = input;
  checkId(id, 'id');
  if (!PROPERTY_NAME.test(property) || MANAGED.includes(property))
    throw fail(ErrorCode.BAD_USER_INPUT, 'property', `"${property}" is not a property that can be incremented`);
  if (!['year', 'count', 'week', undefined].includes(kindOf(property)))
    throw fail(ErrorCode.BAD_USER_INPUT, 'property', `"${property}" is not a whole-number property`);
  if (!Number.isInteger(by) || by === 0) throw fail(ErrorCode.BAD_USER_INPUT, 'by', `must be a whole number other than 0, got ${by}`);
  const citation = optionalCitation(input);
  return async (tx) => {
    const found = await existing(tx, id, 'id');
    await requireSource(tx, citation.source);
    const [row] = await tx.run('incrementProperty', { elementId: found.elementId, property, by: neo4j.int(by) });
    if (!row)
      throw fail(
        ErrorCode.BAD_USER_INPUT,
        'property',
        `"${property}" of "${id}" holds ${JSON.stringify(found.props[property])}, not a whole number`,
      );
    const problem = typeof row.value === 'number' ? valueProblem(property, row.value) : `is ${row.value}, beyond 2^53-1`;
    if (problem) throw fail(ErrorCode.BAD_USER_INPUT, 'by', `would leave ${property} at ${row.value}, and ${property} ${problem}`);
    const draft: ChangeDraft = {
      op: 'incrementProperty',
      targetKind: 'entity',
      target: id,
      before: entity(found.label, found.props),
      after: entity(found.label, row.props as Record<string, unknown>),
      ...citation,
    };
    return { result: row.value as number, draft };
  };
}

/** A Source that anything cites stays: deleting it would leave facts without their source. */
async function refuseCitedSource(tx: WriteScope, found: Found, id: string): Promise<void> {
  if (found.label !== 'Source') return;
  const [row] = await tx.run('citationsOfSource', { elementId: found.elementId });
  const [entities, facts] = [row.entities as number, row.facts as number];
  if (entities + facts > 0) {
    throw fail(
      ErrorCode.CONFLICT,
      'id',
      `"${id}" is the Source of ${facts} fact(s) and ${entities} other entit${entities === 1 ? 'y' : 'ies'}; a Source that is cited cannot be deleted`,
    );
  }
}

function deleteEntity(input: { id: string } & Citation): Run {
  checkId(input.id, 'id');
  const citation = optionalCitation(input);
  return async (tx) => {
    const found = await existing(tx, input.id, 'id');
    await refuseCitedSource(tx, found, input.id);
    await requireSource(tx, citation.source);
    const relationships = (await tx.run('entityRelationships', { elementId: found.elementId })).map((r) => ({
      type: r.type as string,
      from: r.from as string,
      to: r.to as string,
      props: r.props as Record<string, unknown>,
    }));
    const [row] = await tx.run('deleteEntity', { elementId: found.elementId });
    const draft: ChangeDraft = {
      op: 'deleteEntity',
      targetKind: 'entity',
      target: input.id,
      before: { label: found.label, properties: found.props, relationships },
      after: null,
      ...citation,
    };
    return { result: row.relationships as number, draft };
  };
}

function link(input: NewLink): Run {
  checkKey(input);
  const props = checkProperties(undefined, input.properties ?? {}, 'properties');
  checkCitation(input.source, input.locator, 'fact');
  return async (tx) => {
    const ends = await find(tx, [input.from, input.to]);
    const from = ends.get(input.from);
    const to = ends.get(input.to);
    if (!from) throw fail(ErrorCode.NOT_FOUND, 'from', `no entity has the id "${input.from}"`);
    if (!to) throw fail(ErrorCode.NOT_FOUND, 'to', `no entity has the id "${input.to}"`);
    checkEnds(input.type, from.label, to.label);
    await requireSource(tx, input.source);
    const id = linkId(input);
    // Without the lock, two links with one key sent at once both pass the check below (no constraint catches it).
    await tx.run('lockNode', { elementId: from.elementId });
    if ((await tx.run('relationshipById', { fromElementId: from.elementId, id })).length > 0) {
      throw fail(
        ErrorCode.CONFLICT,
        'key',
        `a ${input.type} from "${input.from}" to "${input.to}" with key "${input.key ?? ''}" already exists`,
      );
    }
    const [row] = await tx.run('linkEntities', {
      fromElementId: from.elementId,
      toElementId: to.elementId,
      type: input.type,
      id,
      props: toNeo4jProps(props),
      source: input.source,
      locator: input.locator,
    });
    const draft: ChangeDraft = {
      op: 'link',
      targetKind: 'fact',
      target: id,
      before: null,
      after: fact(input, row.props as Record<string, unknown>),
      source: input.source,
      locator: input.locator,
    };
    return { result: id, draft };
  };
}

function updateLink(input: { link: LinkKey } & PropertyChanges & Citation): Run {
  checkKey(input.link);
  const checked = checkChanges(undefined, input);
  const citation = optionalCitation(input);
  return async (tx) => {
    const found = await existingLink(tx, input.link);
    await requireSource(tx, citation.source);
    checkCountAfter(found.props, checked);
    const [row] = await tx.run('updateLink', { elementId: found.elementId, set: toNeo4jProps(checked.set), remove: checked.remove });
    const id = linkId(input.link);
    const draft: ChangeDraft = {
      op: 'updateLink',
      targetKind: 'fact',
      target: id,
      before: fact(input.link, found.props),
      after: fact(input.link, row.props as Record<string, unknown>),
      ...citation,
    };
    return { result: id, draft };
  };
}

function unlink(input: { link: LinkKey } & Citation): Run {
  checkKey(input.link);
  const citation = optionalCitation(input);
  return async (tx) => {
    const found = await existingLink(tx, input.link);
    await requireSource(tx, citation.source);
    await tx.run('unlinkEntities', { elementId: found.elementId });
    const id = linkId(input.link);
    const draft: ChangeDraft = {
      op: 'unlink',
      targetKind: 'fact',
      target: id,
      before: fact(input.link, found.props),
      after: null,
      ...citation,
    };
    return { result: id, draft };
  };
}

/** Each kind's step: the checks run when called, the returned function in the transaction. */
export const changeSteps: Record<ChangeKind, (input: never) => Run> = {
  createEntity,
  updateEntity,
  incrementProperty,
  deleteEntity,
  link,
  updateLink,
  unlink,
};
