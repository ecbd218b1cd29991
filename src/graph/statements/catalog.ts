import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../localdb/instance';
import { LABELS } from '../../model';
import { CLAUSES, type LevelText } from '../relationshipFilter';
import { fillSlots, slotsOf } from './slots';

export { fillSlots, slotsOf } from './slots';

/**
 * The one placeholder grammar of `cypher/`, for statements and fragments alike:
 * - `{{name}}` (a word) is a slot: a statement module writes a value into it with fillSlots, the value taken only
 *   from the model's fixed lists or from text the module builds from them, never from a request;
 * - `{{> fragment}}`, alone on its line or in a clause, is an include: the catalog takes in
 *   cypher/fragments/<fragment>.cypher there when it reads the files;
 * - `{{projected v $list}}` is the projection: the catalog writes the properties `$list` names of `v`, or all of
 *   them when it is null (src/graph/projection.ts).
 * Includes and projections are gone once the catalog has read the files; slots stay until a statement module fills
 * them, and a statement is never handed out with a slot still open.
 */
const INCLUDE = /\{\{> (\w+)\}\}/g;
const PROJECTED = /\{\{projected ([\w[\]]+) (\$[\w.[\]{}]+)\}\}/g;

/** The folder, under cypher/, of the fragments: text only ever included or filled into a statement, never run alone. */
export const FRAGMENTS = 'fragments';

/**
 * Every Cypher statement lives in `cypher/<name>.cypher` and is called by that name; a fragment lives in
 * `cypher/fragments/<name>.cypher` and is only taken into statements. The catalog reads the files and takes in
 * their includes; which specialisation of a template a name stands for is the statement layer's
 * (src/graph/statements), not the catalog's.
 */
export class QueryCatalog {
  /** The files as written, comments left out; `texts` holds the statements with their includes taken in. */
  private readonly sources = new Map<string, string>();
  private readonly fragments = new Map<string, string>();
  private readonly texts = new Map<string, string>();

  constructor(readonly dir: string = path.join(projectRoot(), 'cypher')) {
    readFolder(dir, this.sources);
    // A folder of statements need not have fragments (the synthetic generator's, tools/synthetic/cypher).
    if (fs.existsSync(path.join(dir, FRAGMENTS))) readFolder(path.join(dir, FRAGMENTS), this.fragments);
    for (const name of this.sources.keys()) this.texts.set(name, this.withIncludes(name));
  }

  /**
   * A statement's text with its includes taken in: `{{> fragment}}` takes in cypher/fragments/fragment.cypher, so
   * statements share a block instead of copying it. A fragment with a `{{label}}` slot is written once
   * per label, for every label of the model in the statement itself, for fewer in one narrowed to the
   * labels its keys have (nodesByIds@Work).
   */
  withIncludes(name: string, keyLabels: readonly string[] = LABELS): string {
    return projected(this.included(fileText(this.sources, name, this.fragments), keyLabels));
  }

  private included(text: string, keyLabels: readonly string[]): string {
    return text.replace(INCLUDE, (_, fragment: string) => {
      const included = this.fragmentSource(fragment);
      return slotsOf(included).includes('label') ? keysOfLabels(included, keyLabels) : included;
    });
  }

  private fragmentSource(name: string): string {
    const text = this.fragments.get(name);
    if (text === undefined) throw new Error(`no Cypher fragment cypher/${FRAGMENTS}/${name}.cypher`);
    return text;
  }

  /** The text of one statement, its includes taken in; a fragment's name is refused. */
  text(name: string): string {
    return fileText(this.texts, name, this.fragments);
  }

  /** A fragment, its includes and projections taken in and its slots left for the statement module to fill. */
  fragment(name: string): string {
    return projected(this.included(this.fragmentSource(name), LABELS));
  }

  /** The `;`-separated statements of a file such as the schema. */
  statements(name: string): string[] {
    return this.text(name)
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** The statements' names (fragments are not statements). */
  names(): string[] {
    return [...this.sources.keys()].sort();
  }

  fragmentNames(): string[] {
    return [...this.fragments.keys()].sort();
  }
}

/**
 * The filter's fragments (cypher/fragments/entityFilter.cypher and the node tests it takes) and the clauses that
 * relationship filters, aggregates and groups are put together from, slots open; each clause is one line of text.
 */
export const filterText = (catalog: QueryCatalog): LevelText => ({
  fragment: catalog.fragment('entityFilter'),
  nodeTests: catalog.fragment('hasRelationshipTests'),
  clauses: Object.fromEntries(CLAUSES.map((name) => [name, catalog.fragment(name).trim()])) as LevelText['clauses'],
});

function readFolder(dir: string, into: Map<string, string>): void {
  for (const file of fs.readdirSync(dir)) {
    // Comment lines stay in the files for readers; Neo4j would only receive, hash and parse them on every call.
    if (file.endsWith('.cypher'))
      into.set(file.slice(0, -'.cypher'.length), withoutComments(fs.readFileSync(path.join(dir, file), 'utf8')));
  }
}

const projected = (text: string): string =>
  text.replace(
    PROJECTED,
    (_, of: string, names: string) => `CASE WHEN ${names} IS NULL THEN properties(${of}) ELSE [name IN ${names} | ${of}[name]] END`,
  );

/**
 * A fragment with a `{{label}}` slot (cypher/fragments/nodesOfKeysByLabel.cypher) written once per label, in a
 * subquery: one unique-index seek per key, each label's keys from their own list.
 */
function keysOfLabels(branch: string, labels: readonly string[]): string {
  const copies = labels.map((label, i) => `  ${i === 0 ? '' : 'UNION ALL '}${fillSlots(branch.trim(), { label })}`);
  return `CALL () {\n${copies.join('\n')}\n}`;
}

function fileText(files: ReadonlyMap<string, string>, name: string, fragments: ReadonlyMap<string, string>): string {
  const text = files.get(name);
  if (text !== undefined) return text;
  if (fragments.has(name))
    throw new Error(`cypher/${FRAGMENTS}/${name}.cypher is a fragment, taken into statements, not a statement to run`);
  throw new Error(`no Cypher file cypher/${name}.cypher`);
}

const withoutComments = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
