/**
 * The Node the README names (package.json `engines.node`) is one every installed package accepts: each
 * package.json under node_modules that declares `engines.node` must be satisfied by the running Node,
 * which CI runs at that version. Reads files only; needs no Neo4j.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const ROOT = path.join(__dirname, '..');

/** Every installed package's package.json, nested node_modules folders included. */
function installed(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('@')) return installed(full);
    const manifest = path.join(full, 'package.json');
    return [...(fs.existsSync(manifest) ? [manifest] : []), ...installed(path.join(full, 'node_modules'))];
  });
}

describe('engines', () => {
  it('every installed package accepts the running Node', () => {
    const refused: string[] = [];
    const manifests = installed(path.join(ROOT, 'node_modules'));
    for (const file of manifests) {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string; engines?: { node?: unknown } };
      const wanted = manifest.engines?.node;
      if (typeof wanted !== 'string' || semver.validRange(wanted) === null) continue;
      if (!semver.satisfies(process.version, wanted, { includePrerelease: true }))
        refused.push(`${manifest.name}@${manifest.version} wants node ${wanted}`);
    }
    expect(manifests.length).toBeGreaterThan(100);
    expect(refused).toEqual([]);
  });

  it("the project's own engines.node names the lowest Node the README names", () => {
    const own = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const named = /\*\*Node (\d+)\+\*\*/.exec(readme)?.[1];
    expect(own.engines.node).toBe(`>=${named}`);
    expect(semver.satisfies(process.version, own.engines.node)).toBe(true);
  });
});
