/**
 * The benchmark, small and fast: paper scale, one short round, servers in-process, on the test
 * Neo4j. It holds the part that must never rot, that ours, the floor and the peer return the same data
 * for every query of the mix; it asserts no timings (this machine's figures say nothing about them).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseOptions } from '../../tools/bench/options';
import { writeReport } from '../../tools/bench/report';
import { BenchReport, MAX_WARMUP_PASSES, runBench, STEADY } from '../../tools/bench/run';
import { WORKLOADS } from '../../tools/bench/workloads';
import { WRITE_SYSTEMS, WRITE_WORKLOADS } from '../../tools/bench/writes';
import { cypher, testDriver, testEnv } from '../support/neo4j';

let report: BenchReport;
let out: string;

// Eleven queries on three systems, warm-up passes, a round and the write workloads: minutes, over ten on a loaded
// machine (load 37 on 2 cores took the reads and writes past 600 s); no time is judged.
beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
  const args = [
    '--scales',
    'paper',
    '--rounds',
    '1',
    '--seconds',
    '0.3',
    '--warmup',
    '0.1',
    '--scale-warmup',
    '0.1',
    '--connections',
    '2',
    '--writers',
    '1,4',
    '--in-process',
    '--wipe',
    '--out',
    out,
  ];
  report = await runBench(parseOptions(args, testEnv(), () => {}));
}, 1_500_000);

afterAll(() => {
  fs.rmSync(out, { recursive: true, force: true });
});

const paper = () => report.scales[0];

describe('npm run bench, at paper scale with few requests', () => {
  it('loads the paper graph and asks every query of the mix', () => {
    expect(report.scales.map((s) => s.name)).toEqual(['paper']);
    expect(paper().data.works).toBeGreaterThan(50);
    expect([...new Set(paper().checks.map((c) => c.query))]).toEqual(WORKLOADS.map((w) => w.name));
  });

  it.each(WORKLOADS.map((w) => w.name))('%s: ours, the floor and the peer return the same data', (query) => {
    const checks = paper().checks.filter((c) => c.query === query);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((c) => !c.agree)).toEqual([]);
  });

  it('measures every query on all three, and counts the statements ours sends', () => {
    for (const w of WORKLOADS) {
      for (const system of ['ours', 'floor', 'peer']) {
        const result = paper().results.find((r) => r.query === w.name && r.system === system);
        expect({ query: w.name, system, measured: (result?.median?.requests ?? 0) > 0 }).toEqual({ query: w.name, system, measured: true });
      }
      expect(paper().statements[w.name].ours).toBeGreaterThanOrEqual(1);
    }
    // The DataLoaders batch the nested query's levels: a statement per level, not per item.
    expect(paper().statements.nested.ours).toBeLessThanOrEqual(4);
  });

  it('warms every query on every system up in passes before the rounds, until a pass answers hardly more', () => {
    const passes = paper().warmup;
    expect(passes.length).toBeGreaterThanOrEqual(2);
    expect(passes.length).toBeLessThanOrEqual(MAX_WARMUP_PASSES);
    const answered = passes.map((pass) => pass.reduce((sum, run) => sum + run.requests, 0));
    // Every pass but the last answered clearly more than the one before; the last did not, or was the last allowed.
    for (let i = 1; i < passes.length - 1; i++) expect(answered[i]).toBeGreaterThanOrEqual(answered[i - 1] * (1 + STEADY));
    if (passes.length < MAX_WARMUP_PASSES) expect(answered.at(-1)!).toBeLessThan(answered.at(-2)! * (1 + STEADY));
    for (const pass of passes) {
      expect(pass.map((run) => `${run.query}/${run.system}`)).toEqual(
        WORKLOADS.flatMap((w) => ['ours', 'floor', 'peer'].map((system) => `${w.name}/${system}`)),
      );
      for (const run of pass) expect({ ...run, answered: run.requests > 0 }).toEqual({ ...run, answered: true });
    }
  });

  it('measures the write workloads at each number of writers on ours, our graph and the floor, and says where writes wait', () => {
    const writes = paper().writes!;
    expect(writes.map((w) => `${w.workload}/${w.writers}/${w.system}`).sort()).toEqual(
      WRITE_WORKLOADS.flatMap((w) => [1, 4].flatMap((n) => WRITE_SYSTEMS.map((s) => `${w}/${n}/${s}`))).sort(),
    );
    for (const w of writes) {
      expect({ ...w, rounds: undefined, answered: (w.median?.requests ?? 0) > 0 }).toMatchObject({ answered: true, median: { errors: 0 } });
      // graph and floor time each write's parts; the lock and the commit are always there.
      if (w.system !== 'ours') expect(w.median!.waits!.lockMs * w.median!.waits!.commitMs).toBeGreaterThan(0);
    }
  });

  it('leaves every write whole and recorded: each new work aired once, each change in the history, the change log at the last seq', async () => {
    const driver = testDriver();
    try {
      const [counts] = await cypher(
        driver,
        `MATCH (w:Work) WHERE w.id STARTS WITH 'work:bench-'
         OPTIONAL MATCH (w)-[a:AIRED_ON]->(:Platform)
         WITH count(DISTINCT w) AS works, count(a) AS aired
         OPTIONAL MATCH (c:Change {op: 'createEntity'}) WHERE c.target STARTS WITH 'work:bench-'
         RETURN works, aired, count(c) AS created`,
      );
      expect(counts.works).toBeGreaterThan(0);
      expect(counts).toEqual({ works: counts.works, aired: counts.works, created: counts.works });
      const [log] = await cypher(driver, "MATCH (l:ChangeLog {id: 'changes'}) RETURN l.seq AS seq, count { MATCH (c:Change) } AS changes");
      expect(log.seq).toBe(log.changes);
    } finally {
      await driver.close();
    }
  });

  it('names a bad warm-up setting', () => {
    expect(() => parseOptions(['--scale-warmup', 'soon'], testEnv(), () => {})).toThrow(
      /--scale-warmup must be a number from 0 to 60, got "soon"/,
    );
  });

  it('writes the report: JSON, Markdown with the table, targets and PROFILE plans, and the SVG chart', () => {
    const files = writeReport(report, out);
    const markdown = fs.readFileSync(files.markdown, 'utf8');
    for (const w of WORKLOADS) expect(markdown).toContain(`| ${w.name} |`);
    expect(markdown).toContain('## Targets');
    expect(markdown).toMatch(/## Writes[\s\S]*\| createAndLink \| 4 \| floor \|/);
    expect(markdown).toContain(`![Latency percentiles per query and scale](${path.basename(files.chart)})`);
    expect(markdown).toMatch(/NodeUniqueIndexSeek\s+UNIQUE w:Work\(id\)/);
    expect(fs.readFileSync(files.chart, 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>\n$/);
    expect(JSON.parse(fs.readFileSync(files.json, 'utf8')).targets.length).toBeGreaterThan(0);
  });
});
