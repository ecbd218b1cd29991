import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../localdb/instance';
import { ENDPOINTS, LABELS } from '../seed/model';
import { IndexedProperties, indexedProperties, listStatementText } from './entityPage';

/**
 * Statements specialised per relationship type. Neo4j 5.26 expands only the wanted type when the type
 * is written in the pattern, but not when it arrives as a parameter (`$(…)` or `type(r) = $t` walk every
 * relationship of a hub node). So these templates take `{{type}}` from the model's fixed list of core
 * types: a compile-time constant, never text from a request.
 */
const TYPE_TEMPLATES: Record<string, readonly string[]> = {
  relationshipsOfType: Object.keys(ENDPOINTS),
};

/** Path searches specialised per length bound, which Cypher takes only as text: 1 to MAX_PATH_LENGTH. */
export const MAX_PATH_LENGTH = 6;
const PATH_LENGTHS = Array.from({ length: MAX_PATH_LENGTH }, (_, i) => String(i + 1));

/** The name under which a template's specialisation for one type is called, e.g. `relationshipsOfType@AIRED_ON`. */
export const specialised = (template: string, type: string): string | undefined =>
  TYPE_TEMPLATES[template]?.includes(type) ? `${template}@${type}` : undefined;

/**
 * Writes specialised per label, for the same reason: `MERGE (n:$(row.label) {id: row.id})` scans every
 * node for each row, `MERGE (n:Work {id: row.id})` seeks the id index. A slot `{{label|$(row.label)}}`
 * takes one of the model's labels in a specialisation (`seedUpsertNodes@Work`, and for two slots
 * `seedUpsertRelationships@Work>Region`) and its default, the dynamic form, otherwise.
 */
const LABEL_TEMPLATES: Record<string, readonly string[]> = {
  seedUpsertNodes: ['label'], seedUpsertCitations: ['label'], importNodes: ['label'],
  seedUpsertRelationships: ['from', 'to'], importRelationships: ['from', 'to'],
};

/** The specialisation of a label template for these labels, or the template itself when one is not the model's. */
export const forLabels = (template: string, labels: readonly (string | undefined)[]): string =>
  labels.every((l) => l !== undefined && LABELS.includes(l)) && labels.length === LABEL_TEMPLATES[template]?.length
    ? `${template}@${labels.join('>')}` : template;

const SLOT = /\{\{(\w+)\|([^}]*)\}\}/g;

/**
 * Every Cypher statement lives in `cypher/<name>.cypher` and is called by that name. Nothing else in
 * the code writes Cypher, and user input reaches a statement only as a parameter.
 */
export class QueryCatalog {
  private readonly texts = new Map<string, string>();

  constructor(readonly dir: string = path.join(projectRoot(), 'cypher')) {
    for (const file of fs.readdirSync(dir)) {
      // Comment lines stay in the files for readers; Neo4j would only receive, hash and parse them on every call.
      if (file.endsWith('.cypher')) this.texts.set(file.slice(0, -'.cypher'.length), withoutComments(fs.readFileSync(path.join(dir, file), 'utf8')));
    }
  }

  private indexes?: IndexedProperties;

  /** The text of one statement; a file may hold several statements, split by `statements()`. */
  text(name: string): string {
    const at = name.indexOf('@');
    const [template, type] = at < 0 ? [name, undefined] : [name.slice(0, at), name.slice(at + 1)];
    if ((template === 'entityPage' || template === 'entityCount') && type !== undefined) {
      return listStatementText(this.text(template), this.text('entityFilter'), type, this.indexedProperties());
    }
    if (type !== undefined && LABEL_TEMPLATES[template]) {
      const labels = type.split('>');
      if (labels.length !== LABEL_TEMPLATES[template].length || !labels.every((l) => LABELS.includes(l))) {
        throw new Error(`${type} are not labels that ${template} is made for`);
      }
      return this.raw(template).replace(SLOT, (_, slot: string) => labels[LABEL_TEMPLATES[template].indexOf(slot)]);
    }
    if (template === 'shortestPathsBetween' && type !== undefined) {
      if (!PATH_LENGTHS.includes(type)) throw new Error(`${type} is not a path length from 1 to ${MAX_PATH_LENGTH}`);
      return this.raw(template).replaceAll('{{length}}', type);
    }
    if (type !== undefined) {
      if (!TYPE_TEMPLATES[template]?.includes(type)) throw new Error(`${type} is not a type that ${template} is made for`);
      return this.text(template).replaceAll('{{type}}', type);
    }
    const text = this.raw(name);
    return LABEL_TEMPLATES[name] ? text.replace(SLOT, (_, _slot: string, dynamic: string) => dynamic) : text;
  }

  private raw(name: string): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`no Cypher file cypher/${name}.cypher`);
    return text;
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
    return [...this.texts.keys()].sort();
  }
}

const withoutComments = (text: string): string => text.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');

let projectIndexes: IndexedProperties | undefined;

/** The indexes of the project's own schema, for choosing statements before they reach the catalog. */
export const schemaIndexes = (): IndexedProperties => (projectIndexes ??= new QueryCatalog().indexedProperties());
