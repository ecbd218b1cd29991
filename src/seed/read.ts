import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../localdb/instance';
import type { ClaimAbout, PropValue } from '../model';
import { NameMappingReadError, NameRecord, readNameMappings } from './names';

/** The paper's seed files (seed/*.json). */
export const seedDir = (): string => path.join(projectRoot(), 'seed');

export type { PropValue };

export interface NodeRecord {
  id: string;
  label: string;
  props: Record<string, PropValue>;
  source: string;
  locator: string;
}

export interface RelationshipRecord {
  type: string;
  from: string;
  to: string;
  key?: string;
  props?: Record<string, PropValue>;
  source: string;
  locator: string;
}

/**
 * Properties added to a node that an earlier record defines, from another source (a Chinese name the
 * paper does not print, from general knowledge): the loader merges them in, and the node cites that
 * source too. A node is defined once; an addition never replaces a property the node already has.
 */
export interface AdditionRecord {
  id: string;
  props: Record<string, PropValue>;
  source: string;
  locator: string;
}

/** One source's statement of a fact the seed holds (src/model/claims.ts; seed/FORMAT.md, "Claims"). */
export interface ClaimRecord {
  about: ClaimAbout;
  /** The values it states; absent on a noted contradiction's claim, whose `statement` is what it says. */
  values?: Record<string, PropValue>;
  unit?: string;
  asOf?: string;
  stillShowing?: boolean;
  counts?: string;
  nameAsPrinted?: string;
  valueAsPrinted?: string;
  note?: string;
  /** What the fact's own statement (the preferred claim) counts, where this claim counts otherwise. */
  heldCounts?: string;
  /** The source's words as printed (required on a noted contradiction's claim). */
  statement?: string;
  /** What the statements of one noted contradiction disagree on; the claims sharing it are the contradiction. */
  contradiction?: string;
  source: string;
  locator: string;
}

export interface SeedFile {
  file: string;
  title?: string;
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  additions: AdditionRecord[];
  /** A name mapping's lines (`seed/names/*.tsv`, src/seed/names.ts); the JSON files have none. */
  names?: NameRecord[];
  claims: ClaimRecord[];
}

export class SeedReadError extends Error {}

/** Reads every `*.json` in the folder, in file-name order; a file that is not valid JSON is named. */
export function readSeed(dir: string): SeedFile[] {
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const files = names.map((name): SeedFile => {
    const file = path.join(path.basename(dir), name);
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (err) {
      throw new SeedReadError(`${file}: not valid JSON: ${(err as Error).message}`);
    }
    const d = data as Partial<SeedFile>;
    if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new SeedReadError(`${file}: must hold one JSON object`);
    for (const key of ['nodes', 'relationships', 'additions', 'claims'] as const) {
      if (d[key] !== undefined && !Array.isArray(d[key])) throw new SeedReadError(`${file}: "${key}" must be a list`);
    }
    return {
      file,
      title: d.title,
      nodes: d.nodes ?? [],
      relationships: d.relationships ?? [],
      additions: d.additions ?? [],
      claims: d.claims ?? [],
    };
  });
  return [...files, ...nameMappingFiles(dir)];
}

/** The name mappings under the seed's folder as seed files holding only `names`; a malformed one is a SeedReadError. */
function nameMappingFiles(dir: string): SeedFile[] {
  try {
    return readNameMappings(dir).map((m) => ({ ...m, nodes: [], relationships: [], additions: [], claims: [] }));
  } catch (err) {
    if (err instanceof NameMappingReadError) throw new SeedReadError(err.message);
    throw err;
  }
}
