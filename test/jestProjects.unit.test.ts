/**
 * npm test's two phases (jest.config.js, scripts/test-phases.mjs): every test file runs in exactly one of Jest's
 * projects, as Jest itself lists them, and the serial list names files that exist, so a renamed load-bound file
 * cannot slip into the two-worker phase unseen.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../jest.config.js') as { projects: { displayName: string; testMatch: string[] }[] };
/** jest.config.js's SERIAL_FILES, as the serial project matches them (`**\/<file>`). */
const serialFiles = config.projects[2].testMatch.map((glob) => glob.replace(/^\*\*\//, ''));
const jestBin = require.resolve('jest/bin/jest');

/** The files Jest runs in one project, relative to the root, sorted. */
async function listed(project: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [jestBin, '--listTests', '--json', '--selectProjects', project], {
    cwd: root,
  });
  return (JSON.parse(stdout) as string[]).map((file) => path.relative(root, file)).sort();
}

const testFiles = (dir: string): string[] =>
  fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join(dir, file))
    .sort();

describe("Jest's projects", () => {
  it('run every test file in exactly one of unit, integration and serial, the serial ones those jest.config.js lists', async () => {
    const [unit, integration, serial] = await Promise.all(['unit', 'integration', 'serial'].map(listed));
    expect(config.projects.map((p) => p.displayName)).toEqual(['unit', 'integration', 'serial']);
    expect([...unit, ...integration, ...serial].sort()).toEqual(testFiles('test'));
    expect(serial).toEqual([...serialFiles].sort());
    expect(unit.every((file) => file.endsWith('.unit.test.ts'))).toBe(true);
    for (const file of serialFiles) expect({ file, exists: fs.existsSync(path.join(root, file)) }).toEqual({ file, exists: true });
  }, 60_000);
});
