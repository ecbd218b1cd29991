/**
 * `node dist-tools/tools/sparql-engines.js --scales 0,1000 --out DIR`: the SPARQL engine comparison of issue 28
 * (bench/results/2026-12-07-sparql). For each scale (0: the paper's seed alone; N: the seed plus
 * `seed:synthetic --scale N`), writes the graph's N-Triples, loads them into Oxigraph (embedded, in a child
 * process of its own) and into Apache Jena Fuseki (in-memory dataset), and measures resident memory and
 * Table 1's question, side by side in one run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { commandLine } from '../src/config/commandLine';
import { projectRoot } from '../src/localdb/instance';
import { seedDir } from '../src/seed/read';
import { EngineFigures, measureFuseki, measureOxigraph } from './sparql/engines';
import { TABLE1_QUERY, writeMappedNTriples, writeNTriples } from './sparql/ntriples';

const USAGE =
  'usage: node dist-tools/tools/sparql-engines.js [--scales 0,1000] [--runs 20] [--mapping bench|server] [--out DIR] [--work DIR] [--port 34080] [--heap 6g]';
const OPTIONS = {
  scales: { type: 'string' },
  runs: { type: 'string' },
  mapping: { type: 'string' },
  out: { type: 'string' },
  work: { type: 'string' },
  port: { type: 'string' },
  heap: { type: 'string' },
  // The tool's own child process: measures Oxigraph alone on the N-Triples file given.
  'oxigraph-child': { type: 'string' },
} as const;
const { values } = commandLine(process.argv.slice(2), OPTIONS, USAGE);
const arg = (name: Exclude<keyof typeof OPTIONS, 'oxigraph-child'>, fallback: string): string => values[name] ?? fallback;

/** Table 1's question in the shape measured: the bench's, or queries/sparql/02 against the server's mapping. */
const table1 = (mapped: boolean): string =>
  mapped
    ? `BASE <http://localhost:4000/>\n${fs.readFileSync(path.join(projectRoot(), 'queries', 'sparql', '02-import-sources-by-year.rq'), 'utf8')}`
    : TABLE1_QUERY;

async function main(): Promise<void> {
  const runs = Number(arg('runs', '20'));
  if (values['oxigraph-child']) {
    console.log(JSON.stringify(await measureOxigraph(values['oxigraph-child'], table1(arg('mapping', 'bench') === 'server'), runs)));
    return;
  }
  const out = arg('out', path.join(projectRoot(), 'bench', 'results', '2026-12-07-sparql'));
  const work = arg('work', '/tmp/sparql-engines');
  fs.mkdirSync(work, { recursive: true });
  const results: Record<string, EngineFigures[]> = {};
  for (const scale of arg('scales', '0,1000').split(',').map(Number)) {
    const file = path.join(work, `graph-${scale}.nt`);
    const t = performance.now();
    // --mapping server: the server's own mapping (src/graph/linkedData), measured with Oxigraph only.
    const mapped = arg('mapping', 'bench') === 'server';
    const triples = mapped
      ? await writeMappedNTriples(file, seedDir(), scale, 'http://localhost:4000')
      : await writeNTriples(file, seedDir(), scale);
    console.error(`scale ${scale}: ${triples} triples written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const child = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=8192',
        __filename,
        '--oxigraph-child',
        file,
        '--runs',
        String(runs),
        '--mapping',
        mapped ? 'server' : 'bench',
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) console.error(`oxigraph failed: ${child.stderr}`);
    const figures: EngineFigures[] = child.status === 0 ? [JSON.parse(child.stdout) as EngineFigures] : [];
    if (!mapped)
      figures.push({
        ...(await measureFuseki(file, TABLE1_QUERY, runs, Number(arg('port', '34080')), arg('heap', '6g'))),
        triples,
      });
    results[String(scale)] = figures;
    console.error(JSON.stringify(figures));
  }
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'engines.json'),
    JSON.stringify({ query: table1(arg('mapping', 'bench') === 'server'), runs, results }, null, 2) + '\n',
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
