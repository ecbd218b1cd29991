import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../localdb/instance';
import { isCoreType, LABELS } from '../model';
import { chainText } from './chains';
import { keysByLabel } from './entity';
import { IndexedProperties, indexedProperties, listStatementText } from './entityPage';

/**
 * Some statements are templates: Neo4j 5.26 plans a label, relationship type or path length that
 * arrives as a parameter far worse than one written in the text (`MATCH (n:$($label))` scans every
 * node, `type(r) = $t` walks every relationship of a hub, a path bound cannot be a parameter at all).
 * So the catalog writes such values into a template's slots, taking them only from fixed lists: the
 * model's labels and core relationship types, the schema's indexes, the API's path lengths. A
 * specialisation is called `<template>@<what is written in>`, and its text is rebuilt and checked
 * from that name alone, so no text from a request can reach Neo4j this way.
 */
type Specialiser = (template: string, variant: string, catalog: QueryCatalog) => string;

/** Path searches specialised per length bound: 1 to MAX_PATH_LENGTH. */
export const MAX_PATH_LENGTH = 6;
const PATH_LENGTHS = Array.from({ length: MAX_PATH_LENGTH }, (_, i) => String(i + 1));

/**
 * Bulk writes specialised per label (`seedUpsertNodes@Work`; two slots: `seedUpsertRelationships@Work>Region`).
 * A slot `{{label|$(row.label)}}` holds its default, the dynamic form, used when the template is called
 * by its plain name (rows whose labels are not the model's).
 */
const LABEL_TEMPLATES: Record<string, readonly string[]> = {
  seedUpsertNodes: ['label'], seedUpsertCitations: ['label'], importNodes: ['label'],
  seedUpsertRelationships: ['from', 'to'], importRelationships: ['from', 'to'],
};
const MAX_SPECIALISATIONS = 4096;
const INCLUDE = /\{\{> (\w+)\}\}/g;
const SLOT = /\{\{(\w+)\|([^}]*)\}\}/g;

function labelled(name: string, slots: readonly string[]): Specialiser {
  return (template, variant) => {
    const labels = variant.split('>');
    if (labels.length !== slots.length || !labels.every((l) => LABELS.includes(l))) throw new Error(`${variant} are not labels that ${name} is made for`);
    return template.replace(SLOT, (_, slot: string) => labels[slots.indexOf(slot)]);
  };
}

/**
 * A fragment with a `{{label}}` slot (cypher/nodesOfKeysByLabel.cypher) written once per label, in a
 * subquery: one unique-index seek per key, each label's keys from their own list.
 */
function keysOfLabels(branch: string, labels: readonly string[]): string {
  const copies = labels.map((label, i) => `  ${i === 0 ? '' : 'UNION ALL '}${branch.trim().replaceAll('{{label}}', label)}`);
  return `CALL () {\n${copies.join('\n')}\n}`;
}

/** Labels named in a variant (`Work+Policy`), each the model's and named once (twice would give its rows twice). */
function labelsNamed(variant: string, statement: string): string[] {
  const labels = variant.split('+');
  if (!labels.every((l) => LABELS.includes(l)) || new Set(labels).size !== labels.length) {
    throw new Error(`${variant} are not labels that ${statement} is made for (each of the model's, once)`);
  }
  return labels;
}

/**
 * The name of a statement that looks up keys by label, narrowed to the labels its keys have, in the
 * model's order (`nodesByIds@Work+Policy`, `relationshipChain@Policy.ENABLED_BY.IN,...`): Neo4j then
 * receives, and plans, a lookup for those labels instead of one for each label of the model. `byLabel`
 * is the keys as the statement takes them (src/graph/entity.ts); with none, the statement is left whole.
 */
export function forKeyLabels(statement: string, byLabel: Record<string, unknown[]>): string {
  const labels = LABELS.filter((l) => byLabel[l]?.length);
  if (labels.length === 0) return statement;
  const at = statement.indexOf('@');
  return at < 0 ? `${statement}@${labels.join('+')}` : `${statement.slice(0, at + 1)}${labels.join('+')}.${statement.slice(at + 1)}`;
}

/** A key statement for these ids: its name narrowed to their labels (forKeyLabels), and the keys as it takes them. */
export function keyLookup(statement: string, ids: readonly string[]): { query: string; byLabel: Record<string, { id: string }[]> } {
  const byLabel = keysByLabel(ids);
  return { query: forKeyLabels(statement, byLabel), byLabel };
}

const listStatement: Specialiser = (template, variant, catalog) =>
  listStatementText(template, catalog.text('entityFilter'), variant, catalog.indexedProperties());

const SPECIALISERS: Record<string, Specialiser> = {
  relationshipsOfType: (template, type) => {
    if (!isCoreType(type)) throw new Error(`${type} is not a type that relationshipsOfType is made for`);
    return template.replaceAll('{{type}}', type);
  },
  shortestPathsBetween: (template, length) => {
    if (!PATH_LENGTHS.includes(length)) throw new Error(`${length} is not a path length from 1 to ${MAX_PATH_LENGTH}`);
    return template.replaceAll('{{length}}', length);
  },
  relationshipChain: (template, variant, catalog) => chainText(
    (labels) => (labels ? catalog.withIncludes('relationshipChain', labelsNamed(labels, 'relationshipChain')) : template),
    catalog.text('relationshipChainLevel'), variant),
  nodesByIds: (_template, variant, catalog) => catalog.withIncludes('nodesByIds', labelsNamed(variant, 'nodesByIds')),
  entityPage: listStatement,
  entityCount: listStatement,
  ...Object.fromEntries(Object.entries(LABEL_TEMPLATES).map(([name, slots]) => [name, labelled(name, slots)])),
};

/** The name under which a template's specialisation for one core type is called, e.g. `relationshipsOfType@AIRED_ON`. */
export const specialised = (template: string, type: string): string | undefined =>
  template === 'relationshipsOfType' && isCoreType(type) ? `${template}@${type}` : undefined;

/** The specialisation of a label template for these labels, or the template itself when one is not the model's. */
export const forLabels = (template: string, labels: readonly (string | undefined)[]): string =>
  labels.every((l) => l !== undefined && LABELS.includes(l)) && labels.length === LABEL_TEMPLATES[template]?.length
    ? `${template}@${labels.join('>')}` : template;

/**
 * Every Cypher statement lives in `cypher/<name>.cypher` and is called by that name. Nothing else in
 * the code writes Cypher, and user input reaches a statement only as a parameter.
 */
export class QueryCatalog {
  /** The files as written, comments left out; `texts` holds them with their includes taken in. */
  private readonly sources = new Map<string, string>();
  private readonly texts = new Map<string, string>();

  constructor(readonly dir: string = path.join(projectRoot(), 'cypher')) {
    for (const file of fs.readdirSync(dir)) {
      // Comment lines stay in the files for readers; Neo4j would only receive, hash and parse them on every call.
      if (file.endsWith('.cypher')) this.sources.set(file.slice(0, -'.cypher'.length), withoutComments(fs.readFileSync(path.join(dir, file), 'utf8')));
    }
    for (const name of this.sources.keys()) this.texts.set(name, this.withIncludes(name));
  }

  /**
   * A file's text with its includes taken in: a line `{{> fragment}}` takes in cypher/fragment.cypher, so
   * statements share a block instead of copying it. A fragment with a `{{label}}` slot is written once
   * per label, for every label of the model in the statement itself, for fewer in one narrowed to the
   * labels its keys have (nodesByIds@Work).
   */
  withIncludes(name: string, keyLabels: readonly string[] = LABELS): string {
    return this.source(name).replace(INCLUDE, (_, fragment: string) => {
      const text = this.source(fragment);
      return text.includes('{{label}}') ? keysOfLabels(text, keyLabels) : text;
    });
  }

  private source(name: string): string {
    return fileText(this.sources, name);
  }

  private indexes?: IndexedProperties;
  /**
   * Texts of the specialisations asked for so far: the executor asks for a statement's text on every
   * call. Only names built from the fixed lists are accepted, but chains of them are many, so the
   * cache starts afresh when it is full rather than growing with every shape a client sends.
   */
  private readonly specialisations = new Map<string, string>();

  /** The text of one statement, or of a template's specialisation (`name@variant`). */
  text(name: string): string {
    const at = name.indexOf('@');
    if (at < 0) {
      const text = this.raw(name);
      return LABEL_TEMPLATES[name] ? text.replace(SLOT, (_, _slot: string, dynamic: string) => dynamic) : text;
    }
    let text = this.specialisations.get(name);
    if (text === undefined) {
      const template = name.slice(0, at);
      const specialise = SPECIALISERS[template];
      if (!specialise) throw new Error(`cypher/${template}.cypher is not a template`);
      text = specialise(this.raw(template), name.slice(at + 1), this);
      if (this.specialisations.size >= MAX_SPECIALISATIONS) this.specialisations.clear();
      this.specialisations.set(name, text);
    }
    return text;
  }

  private raw(name: string): string {
    return fileText(this.texts, name);
  }

  /** The `;`-separated statements of a file such as the schema. */
  statements(name: string): string[] {
    return this.text(name).split(';').map((s) => s.trim()).filter(Boolean);
  }

  /** Properties with a range index, per label, as cypher/schema.cypher creates them. */
  indexedProperties(): IndexedProperties {
    return (this.indexes ??= indexedProperties(this.statements('schema')));
  }

  names(): string[] {
    return [...this.sources.keys()].sort();
  }
}

function fileText(files: ReadonlyMap<string, string>, name: string): string {
  const text = files.get(name);
  if (text === undefined) throw new Error(`no Cypher file cypher/${name}.cypher`);
  return text;
}

const withoutComments = (text: string): string => text.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
