/**
 * "Cite this": the one home of the text a researcher pastes to cite an entity of the graph, in two standard
 * forms, APA 7 (a record in a data set) and BibTeX (@misc, with biblatex's `version` and `urldate`). The
 * dataset's title and authors are CITATION.cff's (test/linkedData/citation.unit.test.ts holds the two
 * together; CITATION.cff is not in the server's image, and YAML is not read at run time), its version
 * package.json's; the graph's state is its last change's number and date, so a citation names what was read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../localdb/instance';

/** CITATION.cff's title and authors. */
export const DATASET = {
  title: 'Audiovisual exchange graph: film and TV between Mainland China, Hong Kong and the world',
  authors: ['The av-exchange-graph maintainers'],
} as const;

let version: string | undefined;
/** package.json's version, the dataset's (CITATION.cff says the same, held by its test). */
export const datasetVersion = (): string =>
  (version ??= (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version);

export interface CitationInput {
  /** The entity's IRI. */
  iri: string;
  /** Its English name or title. */
  name: string;
  /** The entity's id, for the BibTeX key. */
  id: string;
  /** The graph's last change: number and ISO date (null before the first change). */
  change: { seq: number; at: string | null };
  /** When it was read (ISO date). */
  accessed: string;
}

export interface Citation {
  apa: string;
  bibtex: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** APA's date of retrieval: "December 8, 2026". */
const apaDate = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

const BIBTEX_SPECIAL = /[\\{}&%$#_^~]/g;
const bibtex = (text: string): string => text.replace(BIBTEX_SPECIAL, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));

/** The graph's state in words: "graph change 57 of 2026-12-07", or "as seeded" before any change. */
const stateOf = (change: CitationInput['change']): string =>
  change.seq > 0 ? `graph change ${change.seq}${change.at ? ` of ${change.at.slice(0, 10)}` : ''}` : 'graph as seeded';

/** The citation of one entity of the graph, as APA 7 and as BibTeX. */
export function citeEntity(input: CitationInput): Citation {
  const v = datasetVersion();
  const year = (input.change.at ?? input.accessed).slice(0, 4);
  const authors = DATASET.authors.join(', ');
  const state = stateOf(input.change);
  const apa =
    `${authors}. (${year}). ${input.name} [Data record]. In ${DATASET.title} (Version ${v}, ${state}) [Data set]. ` +
    `Retrieved ${apaDate(input.accessed)}, from ${input.iri}`;
  const key = `avx-${input.id.replace(/[^a-z0-9]+/gi, '-')}`;
  const fields: [string, string][] = [
    ['author', `{${bibtex(authors)}}`],
    ['title', bibtex(input.name)],
    ['howpublished', bibtex(`${DATASET.title} [Data set]`)],
    ['version', v],
    ['year', year],
    ['note', bibtex(`Version ${v}, ${state}`)],
    ['url', input.iri],
    ['urldate', input.accessed.slice(0, 10)],
  ];
  const body = fields.map(([k, value]) => `  ${k} = {${value}}`).join(',\n');
  return { apa, bibtex: `@misc{${key},\n${body}\n}` };
}
