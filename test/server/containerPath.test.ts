/**
 * The container path, run without a Docker engine: the Dockerfile's stages are read (test/support/dockerfile.ts)
 * and laid out in a temporary directory with exactly what each COPY takes, the build stage's RUN commands are
 * run there, the production dependencies are installed from the lock file, and the final stage's CMD is started
 * with its ENV against the test Neo4j: `/ready` answers 200 and a saved query answers. What differs from Docker:
 * the build stage's `npm ci` (every dependency, from the same lock file) is the repository's node_modules, linked,
 * and `npm prune --omit=dev` is `npm ci --omit=dev` from the lock file into the final stage's folder (the same
 * production tree, without pruning the linked node_modules). The install takes about 10-40 s here.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDockerfile, Stage } from '../support/dockerfile';
import { cypher, testDriver, testEnv } from '../support/neo4j';
import { until } from '../support/wait';

const root = path.join(__dirname, '..', '..');
const stages = parseDockerfile(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'));
const PORT = 32180;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'container-path-'));
/** Each stage's filesystem root (its WORKDIR), by stage name. */
const folders = new Map<string | undefined, string>();

/** Where a path of a stage's filesystem (relative to its WORKDIR, or absolute) lies in its folder. */
const inStage = (stage: Stage, p: string) =>
  path.join(folders.get(stage.name)!, path.relative(stage.workdir, path.resolve(stage.workdir, p)));

/** Production dependencies from the lock file, as `npm prune --omit=dev` leaves them. */
function installProduction(from: string, into: string): void {
  const install = path.join(work, 'production-dependencies');
  fs.mkdirSync(install);
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(from, file), path.join(install, file));
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: install, stdio: 'pipe' });
  fs.renameSync(path.join(install, 'node_modules'), into);
}

/** The build stage's RUN commands, each `&&` part run as Docker would, but for the two stand-ins above. */
function run(stage: Stage, prunedToProduction: Set<string | undefined>): void {
  const dir = folders.get(stage.name)!;
  for (const command of stage.runs.flatMap((r) => r.split('&&').map((c) => c.trim()))) {
    if (/^npm ci( --[\w-]+)*$/.test(command)) fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    else if (command === 'npm prune --omit=dev') prunedToProduction.add(stage.name);
    else if (command === 'npm run build') execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'pipe' });
    else throw new Error(`the container test does not know how to run "${command}"`);
  }
}

/** Every stage laid out in its own folder: what its COPY instructions take, then its RUN commands. */
function layOut(): Stage {
  const pruned = new Set<string | undefined>();
  stages.forEach((stage, i) => {
    folders.set(stage.name, path.join(work, stage.name ?? `stage-${i}`));
    fs.mkdirSync(folders.get(stage.name)!, { recursive: true });
    for (const copy of stage.copies) {
      const intoFolder = copy.sources.length > 1 || copy.destination.endsWith('/');
      for (const source of copy.sources) {
        const target = inStage(stage, intoFolder ? path.join(copy.destination, path.basename(source)) : copy.destination);
        const origin = copy.from ? stages.find((s) => s.name === copy.from)! : undefined;
        if (origin && pruned.has(origin.name) && path.basename(source) === 'node_modules')
          installProduction(folders.get(origin.name)!, target);
        else fs.cpSync(origin ? inStage(origin, source) : path.join(root, source), target, { recursive: true });
      }
    }
    run(stage, pruned);
  });
  return stages.at(-1)!;
}

let server: ChildProcess | undefined;
let exited: Promise<number | null>;
const output: string[] = [];

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGKILL');
    await exited;
  }
  fs.rmSync(work, { recursive: true, force: true });
});

let image: Stage;
let app: string;
// Copying, building and installing take minutes on a loaded machine; no time is judged.
beforeAll(() => {
  image = layOut();
  app = folders.get(image.name)!;
}, 900_000);

describe('the container path', () => {
  it("starts the image's files in production mode: /ready answers 200 and a saved query answers", async () => {
    // Only what the final stage copies is there: no sources, no dev dependencies.
    expect(fs.readdirSync(app).sort()).toEqual(image.copies.flatMap((c) => c.sources.map((s) => path.basename(s))).sort());
    expect(fs.existsSync(path.join(app, 'node_modules', 'typescript'))).toBe(false);
    expect(image.env.NODE_ENV).toBe('production');

    // An empty database, so the image's own seed/ is what the server loads.
    const driver = testDriver();
    await cypher(driver, 'MATCH (n) DETACH DELETE n');
    await driver.close();
    const [command, ...args] = image.cmd!;
    expect(command).toBe('node');
    server = spawn(process.execPath, args, {
      cwd: app,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, ...image.env, PORT: String(PORT), ...testEnv(), LOG_LEVEL: 'info' },
    });
    exited = new Promise((resolve) => server!.on('exit', resolve));
    server.stdout!.on('data', (chunk) => output.push(String(chunk)));
    server.stderr!.on('data', (chunk) => output.push(String(chunk)));
    const url = `http://127.0.0.1:${PORT}`;
    const ready = async () => (await fetch(`${url}/ready`).catch(() => undefined))?.status === 200;
    expect([await until(ready, 300_000), server.exitCode, output.join('').slice(-2000)]).toEqual([true, null, expect.any(String)]);

    const query = fs.readFileSync(path.join(app, 'queries', '01-co-productions-after-cepa-2020.graphql'), 'utf8');
    const reply = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await reply.json()) as { data?: any; errors?: unknown };
    expect([reply.status, body.errors]).toEqual([200, undefined]);
    expect(body.data.coProductionsAfter.coProductions.length).toBeGreaterThan(0);

    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 900_000);
});
