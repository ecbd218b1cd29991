/**
 * `npm run bench [-- --scales paper,10,100 --quick ...]`: from nothing, runs Neo4j (its own instance
 * "bench", or NEO4J_URI), loads each scale, starts our server and the @neo4j/graphql peer, checks that
 * they and the floor (hand-written Cypher) return the same data, measures them, and writes
 * bench/results/<date>.json, .md and .svg. See tools/bench.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseOptions } from './bench/options';
import { writeReport } from './bench/report';
import { BenchReport, runBench } from './bench/run';

/** `--render <file>.json`: writes the Markdown and chart again from a run's JSON, without measuring. */
function render(file: string): number {
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchReport;
  const files = writeReport(report, path.dirname(path.resolve(file)));
  console.log(`Wrote ${files.markdown} and ${files.chart} from ${file}.`);
  return 0;
}

async function main(): Promise<number> {
  if (process.argv[2] === '--render') {
    if (!process.argv[3]?.endsWith('.json')) {
      console.error('bench: --render needs the .json a run wrote, e.g. --render bench/results/2025-01-31.json');
      return 1;
    }
    return render(process.argv[3]);
  }
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${(err as Error).message}`);
    return 1;
  }
  const report = await runBench(options);
  const files = writeReport(report, options.outDir);
  console.log(`\nTargets:`);
  for (const t of report.targets) console.log(`  ${t.met === undefined ? '?' : t.met ? 'met   ' : 'MISSED'} ${t.text}`);
  const disagreeing = report.scales.flatMap((s) => s.checks.filter((c) => !c.agree).map((c) => `${s.name}/${c.query}`));
  if (disagreeing.length) console.log(`\nAnswers differ for: ${disagreeing.join(', ')} (see the report).`);
  console.log(`\nWrote ${files.markdown}, ${files.json} and ${files.chart} (${report.minutes.toFixed(1)} minutes).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`bench: ${err.stack ?? err.message}`);
    process.exit(1);
  },
);
