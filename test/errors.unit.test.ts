/**
 * One list of error codes (src/errors.ts): src/ raises no code written as a bare string, and docs/operations.md's
 * "Error codes" table lists exactly the members. Reads files only; needs no Neo4j.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '../src/errors';

const ROOT = path.join(__dirname, '..');
const members = Object.values(ErrorCode) as string[];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Where a code is written as a string: `code: 'X'`, a comparison of an error's `extensions.code` with 'X'
 * (Node's own codes, `err.code === 'ECONNRESET'`, are not ours), or 'X' as the
 * first argument of the helpers that take a code (`fail`, `LimitError`, `refusalOf`).
 */
const LITERAL_CODE = [
  /\bcode\s*:\s*['"`]([A-Z][A-Z0-9_]*)['"`]/g,
  /\bextensions\??\.code\s*[!=]==?\s*['"`]([A-Z][A-Z0-9_]*)['"`]/g,
  /\b(?:fail|LimitError)\(\s*['"`]([A-Z][A-Z0-9_]*)['"`]/g,
  /\brefusalOf\(\s*\d+\s*,\s*['"`]([A-Z][A-Z0-9_]*)['"`]/g,
];

describe('error codes', () => {
  it('are written in src/ only as ErrorCode members', () => {
    const literals: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      if (file.endsWith(path.join('src', 'errors.ts'))) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const pattern of LITERAL_CODE) {
        for (const match of text.matchAll(pattern)) literals.push(`${path.relative(ROOT, file)}: ${match[1]}`);
      }
    }
    expect(literals).toEqual([]);
  });

  it('name their own values', () => {
    for (const [key, value] of Object.entries(ErrorCode)) expect(value).toBe(key);
  });

  it('are each listed in docs/operations.md, and it lists no other', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'docs', 'operations.md'), 'utf8');
    const section = readme.split(/^## Error codes$/m)[1]?.split(/^## /m)[0] ?? '';
    const listed = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...members].sort());
  });
});
