import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../localdb/instance';
import { LABELS } from '../../model';

const INCLUDE = /\{\{> (\w+)\}\}/g;
/** `{{projected n $properties}}`: the properties a query asked for, or all of them (src/graph/projection.ts). */
const PROJECTED = /\{\{projected ([\w[\]]+) (\$[\w.[\]{}]+)\}\}/g;

/**
 * Every Cypher statement lives in `cypher/<name>.cypher` and is called by that name. The catalog
 * reads the files and takes in their includes; which specialisation of a template a name stands for
 * is the statement layer's (src/graph/statements), not the catalog's.
 */
export class QueryCatalog {
  /** The files as written, comments left out; `texts` holds them with their includes taken in. */
  private readonly sources = new Map<string, string>();
  private readonly texts = new Map<string, string>();

  constructor(readonly dir: string = path.join(projectRoot(), 'cypher')) {
    for (const file of fs.readdirSync(dir)) {
      // Comment lines stay in the files for readers; Neo4j would only receive, hash and parse them on every call.
      if (file.endsWith('.cypher'))
        this.sources.set(file.slice(0, -'.cypher'.length), withoutComments(fs.readFileSync(path.join(dir, file), 'utf8')));
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
    const included = this.source(name).replace(INCLUDE, (_, fragment: string) => {
      const text = this.source(fragment);
      return text.includes('{{label}}') ? keysOfLabels(text, keyLabels) : text;
    });
    return included.replace(
      PROJECTED,
      (_, of: string, names: string) => `CASE WHEN ${names} IS NULL THEN properties(${of}) ELSE [name IN ${names} | ${of}[name]] END`,
    );
  }

  private source(name: string): string {
    return fileText(this.sources, name);
  }

  /** The text of one file, its includes taken in. */
  text(name: string): string {
    return fileText(this.texts, name);
  }

  /** The `;`-separated statements of a file such as the schema. */
  statements(name: string): string[] {
    return this.text(name)
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  names(): string[] {
    return [...this.sources.keys()].sort();
  }
}

/**
 * A fragment with a `{{label}}` slot (cypher/nodesOfKeysByLabel.cypher) written once per label, in a
 * subquery: one unique-index seek per key, each label's keys from their own list.
 */
function keysOfLabels(branch: string, labels: readonly string[]): string {
  const copies = labels.map((label, i) => `  ${i === 0 ? '' : 'UNION ALL '}${branch.trim().replaceAll('{{label}}', label)}`);
  return `CALL () {\n${copies.join('\n')}\n}`;
}

function fileText(files: ReadonlyMap<string, string>, name: string): string {
  const text = files.get(name);
  if (text === undefined) throw new Error(`no Cypher file cypher/${name}.cypher`);
  return text;
}

const withoutComments = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
