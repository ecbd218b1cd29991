/**
 * fetchJars from several processes at once (two Jest workers starting their Neo4j on a fresh machine): one runs
 * Maven, the others wait for it and find the jars whole.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/localdb/instance';

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.avgraph</groupId><artifactId>jar-fetch-test</artifactId><version>1.0.0</version>
  <packaging>pom</packaging>
</project>
`;

function fetchInChild(pom: string, lib: string): Promise<{ code: number | null; output: string }> {
  const module = path.join(projectRoot(), 'dist', 'src', 'localdb', 'mavenJars.js');
  const script = `require(${JSON.stringify(module)}).fetchJars('test jars', process.argv[1], process.argv[2], (l) => console.log(l))`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script, pom, lib], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('fetching jars through Maven', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jars-'));
    fs.writeFileSync(path.join(dir, 'pom.xml'), POM);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs Maven once when three processes ask for the same jars at once, and leaves no lock behind', async () => {
    const lib = path.join(dir, 'cache', 'lib');
    const runs = await Promise.all([1, 2, 3].map(() => fetchInChild(path.join(dir, 'pom.xml'), lib)));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const fetches = runs.filter((r) => r.output.includes('Fetching test jars through Maven'));
    expect(fetches).toHaveLength(1);
    expect(fs.existsSync(path.join(lib, '.complete'))).toBe(true);
    expect(fs.existsSync(`${lib}.lock`)).toBe(false);
  });

  it('takes over a lock whose holder died', async () => {
    const lib = path.join(dir, 'stale', 'lib');
    fs.mkdirSync(`${lib}.lock`, { recursive: true });
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.on('close', r));
    fs.writeFileSync(path.join(`${lib}.lock`, 'pid'), String(dead.pid));
    const run = await fetchInChild(path.join(dir, 'pom.xml'), lib);
    expect(run.code).toBe(0);
    expect(run.output).toContain('Fetching test jars through Maven');
    expect(fs.existsSync(path.join(lib, '.complete'))).toBe(true);
  });
});
