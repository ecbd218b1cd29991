/**
 * conflicts' statement before (d5d66eb: values only) and after (values and noted contradictions, kind) on the
 * seeded paper graph: cold (query caches cleared, plan + run) and warm (median of 25, the two texts alternating).
 * Copied into test/ to run (jest's roots are test/); see README.md beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadRealSeed } from '../seed/graphChecksum';
import { testDriver, testEnv } from '../support/neo4j';

const here = path.join(__dirname, '..', '..', 'bench', 'results', '2026-12-08-contra');
const before = fs.readFileSync(path.join(here, 'claimConflicts.before.cypher'), 'utf8');
const after = fs.readFileSync(path.join(__dirname, '..', '..', 'cypher', 'claimConflicts.cypher'), 'utf8');
const none = { factType: null, about: null, sources: null };
const cases: [string, string, Record<string, unknown>][] = [
  ['before: all', before, none],
  ['after: all', after, { ...none, kind: null }],
  ['after: kind WITHIN_SOURCE', after, { ...none, kind: 'WITHIN_SOURCE' }],
  ['before: about marketyear 2022', before, { ...none, about: 'marketyear:hong-kong-cinema-2022' }],
  ['after: about marketyear 2022', after, { ...none, about: 'marketyear:hong-kong-cinema-2022', kind: null }],
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

it('times conflicts before and after', async () => {
  const driver = testDriver();
  const database = testEnv().NEO4J_DATABASE;
  await loadRealSeed(driver, { reset: true });
  const run = async (text: string, params: Record<string, unknown>) => {
    const t = process.hrtime.bigint();
    const { records } = await driver.executeQuery(text, params, { database, routing: 'READ' });
    return [Number(process.hrtime.bigint() - t) / 1e6, records.length];
  };
  const cold: Record<string, number> = {};
  const rows: Record<string, number> = {};
  for (const [name, text, params] of cases) {
    await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
    [cold[name], rows[name]] = await run(text, params);
  }
  const warm: Record<string, number[]> = Object.fromEntries(cases.map(([n]) => [n, []]));
  for (let i = 0; i < 25; i++) for (const [name, text, params] of cases) warm[name].push((await run(text, params))[0]);
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(
    [`load average ${load}`, '| case | rows | cold ms | warm median ms | warm min-max ms |', '| --- | ---: | ---: | ---: | ---: |']
      .concat(cases.map(([n]) => `| ${n} | ${rows[n]} | ${cold[n].toFixed(0)} | ${median(warm[n]).toFixed(1)} | ${Math.min(...warm[n]).toFixed(1)}-${Math.max(...warm[n]).toFixed(1)} |`))
      .join('\n'),
  );
  await driver.close();
}, 600000);
