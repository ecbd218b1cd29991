/**
 * Which entity a name a source prints is (issue 27): one mapping per source, `seed/names/<source-slug>.tsv`, a
 * reviewer reads line by line. Each line is the name as the source prints it, the id of the entity it is, why
 * (same title in another script, English title given by another source, a new entity defined citing this
 * source, ...) and where in the source the name stands. `npm run names:suggest` proposes lines from the
 * graph's search; nothing is merged until a line is written here. The loader makes each printed name an alias
 * of its entity and the entity cite the source at that locator (seed/FORMAT.md, "Name mappings").
 */
import fs from 'node:fs';
import path from 'node:path';
import { nameField } from '../model';

/** One line of a mapping: a name as printed and the entity it is. */
export interface NameRecord {
  name: string;
  entity: string;
  why: string;
  locator: string;
  /** Its line in the file (1 is the header). */
  line: number;
}

/** The columns of a mapping, in order; the first line of the file names them. */
export const NAME_COLUMNS = ['name', 'entity', 'why', 'locator'] as const;

/** How a mapping line gives several candidates while the reviewer has not chosen: `work:a | work:b`. */
export const CANDIDATE_SEPARATOR = ' | ';

/** The folder of the mappings, under the seed's folder. */
export const NAMES_FOLDER = 'names';

/** The Source a mapping file belongs to: `seed/names/hket-hkbo-2022-annual.tsv` → `source:hket-hkbo-2022-annual`. */
export const sourceOfMapping = (file: string): string => `source:${path.basename(file, '.tsv')}`;

export class NameMappingReadError extends Error {}

/** Parses one mapping's text; a line with the wrong number of columns is named. */
export function parseNameMapping(file: string, text: string): NameRecord[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.split('\t');
  if (header?.join('\t') !== NAME_COLUMNS.join('\t'))
    throw new NameMappingReadError(`${file}: line 1 must name the columns ${NAME_COLUMNS.join(', ')} (tab-separated)`);
  const records: NameRecord[] = [];
  lines.forEach((raw, i) => {
    if (i === 0 || raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (cells.length !== NAME_COLUMNS.length)
      throw new NameMappingReadError(`${file}: line ${i + 1} has ${cells.length} columns, not ${NAME_COLUMNS.length} (tab-separated)`);
    const [name, entity, why, locator] = cells.map((c) => c.trim());
    records.push({ name, entity, why, locator, line: i + 1 });
  });
  return records;
}

/** One mapping file: its path as the seed names files, and its lines. */
export interface NameMappingFile {
  file: string;
  names?: NameRecord[];
}

/** The mappings under `<seed>/names/`, in file-name order. */
export function readNameMappings(seedDir: string): Required<NameMappingFile>[] {
  const dir = path.join(seedDir, NAMES_FOLDER);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((name) => {
      const file = path.join(path.basename(seedDir), NAMES_FOLDER, name);
      const names = parseNameMapping(file, fs.readFileSync(path.join(dir, name), 'utf8'));
      return { file, names };
    });
}

/** Why a mapping line may not be loaded (several candidates, no entity, an unknown one), or undefined. */
export function nameRecordProblems(r: NameRecord, labelOf: Map<string, string>): [field: string, problem: string][] {
  const problems: [string, string][] = [];
  if (r.name === '') problems.push(['name', 'is empty: the name as the source prints it']);
  if (r.why === '') problems.push(['why', 'is empty: say why the name is this entity (a reviewer reads it)']);
  if (r.locator === '') problems.push(['locator', 'is empty: where in the source the name stands']);
  if (r.entity === '')
    problems.push(['entity', `"${r.name}" resolves to no entity: give the id of the entity it is, or define a new one citing this source`]);
  else if (r.entity.includes(CANDIDATE_SEPARATOR.trim()))
    problems.push(['entity', `"${r.name}" resolves to several entities (${r.entity}): keep the one it is`]);
  else if (!labelOf.has(r.entity)) problems.push(['entity', `unknown id "${r.entity}": no seed file defines it`]);
  return problems;
}

/** The names a node already goes by, which a printed name equal to one of them does not repeat as an alias. */
function namesOf(label: string, props: Record<string, unknown>): string[] {
  const aliases = Array.isArray(props.aliases) ? (props.aliases as string[]) : [];
  return [props[nameField(label)], props.titleZh, props.nameZh, ...aliases].filter((n): n is string => typeof n === 'string');
}

/** A node as withAdditions builds it: its properties and its citations. */
interface Citing {
  label: string;
  props: Record<string, unknown>;
  citations: { source: string; locator: string }[];
}

/**
 * Merges the mappings into the nodes: each printed name an alias (once), and the node citing the mapping's source.
 * A line naming no known entity is passed over: validation refuses it (nameRecordProblems), and the checks that
 * build the nodes before it has (the claims') must not fail on it first.
 */
export function applyNameMappings(byId: Map<string, Citing>, files: NameMappingFile[]): void {
  for (const f of files) {
    const source = sourceOfMapping(f.file);
    for (const r of f.names ?? []) {
      const node = byId.get(r.entity);
      if (!node) continue;
      if (!namesOf(node.label, node.props).includes(r.name)) node.props.aliases = [...((node.props.aliases as string[]) ?? []), r.name];
      const locator = `${r.locator} (name as printed: ${r.name})`;
      const cited = node.citations.find((c) => c.source === source);
      if (!cited) node.citations.push({ source, locator });
      else if (!cited.locator.split('; ').includes(locator)) cited.locator = `${cited.locator}; ${locator}`;
    }
  }
}
