/**
 * The README stays a page for its readers (issue 31: it had grown back to 458 lines after being cut to 427), and
 * every relative link in it and in docs/ reaches a file that exists.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('the documents', () => {
  it('keep the README to at most 200 lines', () => {
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(200);
  });

  it.each(PAGES)('%s links only to files that exist', (page) => {
    const text = fs.readFileSync(path.join(ROOT, page), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^(https?:|mailto:|#)/.test(t));
    const missing = targets.filter((t) => !fs.existsSync(path.join(ROOT, path.dirname(page), t.split('#')[0])));
    expect(missing).toEqual([]);
  });
});
