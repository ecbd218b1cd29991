/**
 * CITATION.cff is a Citation File Format 1.2.0 file (parsed by the `yaml` package): its required keys with their
 * types, a dataset of the project's version and licence, and no author made up (the paper's authors are not in
 * our sources, so the paper is cited in the message by its title and DOI).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

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
