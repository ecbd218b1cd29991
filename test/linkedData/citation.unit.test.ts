/**
 * CITATION.cff is a Citation File Format 1.2.0 file (parsed by the `yaml` package): its required keys with their
 * types, a dataset of the project's version and licence, and no author made up (the paper's authors are not in
 * our sources, so the paper is cited in the message by its title and DOI); and "cite this" of the entity pages
 * (src/server/linkedData/citation.ts) citing the dataset as CITATION.cff does, in APA and BibTeX.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { citeEntity, DATASET, datasetVersion } from '../../src/server/linkedData/citation';

const ROOT = path.join(__dirname, '..', '..');
const cff = parse(fs.readFileSync(path.join(ROOT, 'CITATION.cff'), 'utf8')) as Record<string, any>;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string };

describe('CITATION.cff', () => {
  it('has what CFF 1.2.0 requires: cff-version, message, title and authors each with a name', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message).toBe('string');
    expect(typeof cff.title).toBe('string');
    expect(Array.isArray(cff.authors) && cff.authors.length).toBeGreaterThan(0);
    for (const author of cff.authors) expect(typeof (author.name ?? author['family-names'])).toBe('string');
  });

  it('describes this dataset: its type, version and licence as package.json gives them, and the source paper by DOI', () => {
    expect(cff.type).toBe('dataset');
    expect(String(cff.version)).toBe(pkg.version);
    expect(cff.license).toBe(pkg.license);
    expect(cff.message).toContain('10.71113/jmss.v2i1.186');
    const allowed = ['cff-version', 'message', 'title', 'type', 'authors', 'version', 'license', 'abstract', 'keywords'];
    expect(Object.keys(cff).filter((k) => !allowed.includes(k))).toEqual([]);
  });
});

describe('"cite this" on an entity\'s page', () => {
  const input = {
    iri: 'https://graph.example.org/id/work/warriors-of-future',
    name: 'Warriors of Future',
    id: 'work:warriors-of-future',
    change: { seq: 57, at: '2026-12-07T22:10:00Z' },
    accessed: '2026-12-08T01:00:00.000Z',
  };

  it('names the dataset as CITATION.cff does: its title, authors and version', () => {
    expect(DATASET.title).toBe(cff.title);
    expect(DATASET.authors).toEqual(cff.authors.map((a: { name: string }) => a.name));
    expect(datasetVersion()).toBe(String(cff.version));
  });

  it("gives APA 7 with the IRI, the version, the graph's change and the date of retrieval", () => {
    expect(citeEntity(input).apa).toBe(
      `The av-exchange-graph maintainers. (2026). Warriors of Future [Data record]. In ${cff.title} (Version ${pkg.version}, graph change 57 of 2026-12-07) [Data set]. Retrieved December 8, 2026, from https://graph.example.org/id/work/warriors-of-future`,
    );
    expect(citeEntity({ ...input, change: { seq: 0, at: null } }).apa).toContain('(2026). Warriors of Future');
    expect(citeEntity({ ...input, change: { seq: 0, at: null } }).apa).toContain('graph as seeded');
  });

  it('gives BibTeX whose special characters are escaped', () => {
    const { bibtex } = citeEntity({ ...input, name: 'A & B_{x}' });
    expect(bibtex).toMatch(/^@misc\{avx-work-warriors-of-future,\n/);
    expect(bibtex).toContain('  title = {A \\& B\\_\\{x\\}},');
    expect(bibtex).toContain('  url = {https://graph.example.org/id/work/warriors-of-future},');
    expect(bibtex).toContain('  urldate = {2026-12-08}');
    expect(bibtex).toContain(`  version = {${pkg.version}},`);
    expect(bibtex.endsWith('\n}')).toBe(true);
  });
});
