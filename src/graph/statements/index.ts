import { aggregateTemplates } from './aggregates';
import { bulkWrites, dynamicText, isBulkWrite } from './bulkWrites';
import { QueryCatalog, slotsOf } from './catalog';
import { entityPage, IndexedProperties, indexedProperties } from './entityPage';
import { nodesByIds } from './keys';
import { linkedDataBatch, linkedDataFacts, linkedDataOfEntities } from './linkedData';
import { relationshipChain } from './relationshipChain';
import { relationshipsOfType } from './relationshipsOfType';
import { relationshipGroups } from './relationshipGroups';
import { relationshipPage } from './relationshipPage';
import { shortestPathsBetween } from './shortestPaths';
import type { Params, Statement, Template } from './statement';

export type { Params, Row, Statement } from './statement';
export { QueryCatalog } from './catalog';
export { forLabels } from './bulkWrites';
export { byLabel, forKeyLabels, keyLookup, keysByLabel } from './keys';
export { specialised } from './relationshipsOfType';
export { MAX_PATH_LENGTH, shortestPathsName } from './shortestPaths';

/**
 * Some statements are templates: Neo4j 5.26 plans a label, relationship type or path length that
 * arrives as a parameter far worse than one written in the text (`MATCH (n:$($label))` scans every
 * node, `type(r) = $t` walks every relationship of a hub, a path bound cannot be a parameter at all).
 * So the statement layer writes such values into a template's slots, taking them only from fixed
 * lists: the model's labels and core relationship types, the schema's indexes, the API's path
 * lengths. A specialisation is called `<template>@<variant>`; each template's module owns its
 * grammar (the name it makes and the check of a name it is given) and builds the text from the
 * checked name alone, so no text from a request can reach Neo4j this way.
 */
export class Statements {
  private readonly templates: ReadonlyMap<string, Template>;
  private indexes?: IndexedProperties;
  /**
   * Texts of the specialisations asked for so far: a statement's text is asked for on every call.
   * Only names built from the fixed lists are accepted, but chains of them are many, so the cache
   * starts afresh when it is full rather than growing with every shape a client sends.
   */
  private readonly specialisations = new Map<string, string>();

  constructor(readonly catalog: QueryCatalog = new QueryCatalog()) {
    const templates = [
      relationshipsOfType(catalog),
      shortestPathsBetween(catalog),
      relationshipChain(catalog),
      nodesByIds(catalog),
      relationshipGroups(catalog),
      relationshipPage(catalog),
      entityPage(catalog, () => this.indexedProperties()),
      linkedDataOfEntities(catalog),
      linkedDataFacts(catalog),
      linkedDataBatch(catalog),
      ...aggregateTemplates(catalog),
      ...bulkWrites(catalog),
    ];
    this.templates = new Map(templates.map((t) => [t.name, t]));
  }

  /** The statement of this name with these parameters, its text built for the name. */
  call(name: string, params: Params = {}): Statement {
    return { name, text: this.text(name), params };
  }

  /** The text of one statement, or of a template's specialisation (`name@variant`). */
  text(name: string): string {
    const at = name.indexOf('@');
    if (at < 0) return isBulkWrite(name) ? dynamicText(this.catalog, name) : this.plainText(name);
    let text = this.specialisations.get(name);
    if (text === undefined) {
      const template = this.templates.get(name.slice(0, at));
      if (!template) throw new Error(`cypher/${name.slice(0, at)}.cypher is not a template`);
      text = template.text(name.slice(at + 1));
      if (this.specialisations.size >= MAX_SPECIALISATIONS) this.specialisations.clear();
      this.specialisations.set(name, text);
    }
    return text;
  }

  /** A statement called by its plain name; a template's slots must be filled, so it is called by a specialisation. */
  private plainText(name: string): string {
    const text = this.catalog.text(name);
    if (slotsOf(text).length > 0) throw new Error(`cypher/${name}.cypher is a template: call it as ${name}@<variant>`);
    return text;
  }

  /** Properties with a range index, per label, as cypher/schema.cypher creates them. */
  indexedProperties(): IndexedProperties {
    return (this.indexes ??= indexedProperties(this.catalog.statements('schema')));
  }

  names(): string[] {
    return this.catalog.names();
  }

  /** The `;`-separated statements of a file such as the schema. */
  statements(name: string): string[] {
    return this.catalog.statements(name);
  }
}

const MAX_SPECIALISATIONS = 4096;
