/**
 * What the stored-value guard (src/schema/storedValues.ts) costs a read: one schema of a Work with three
 * nullable Int/Float fields and a String, 1,000 works a query, executed with and without the guard,
 * interleaved, 15 rounds of 40 queries each; the median milliseconds a query.
 * Run after `npm run build`: node bench/results/2026-12-07-values/guard.js
 */
const { buildSchema, execute, parse } = require('graphql');
const { guardStoredNumbers } = require('../../../dist/src/schema/storedValues');

const SDL = 'type Work { title: String, year: Int, runtimeMinutes: Int, rating: Float } type Query { works: [Work!]! }';
const works = Array.from({ length: 1000 }, (_, i) => ({ title: `W${i}`, year: 1990 + (i % 30), runtimeMinutes: 90 + (i % 60), rating: 20.5 }));
const rootValue = { works: () => works };
const document = parse('{ works { title year runtimeMinutes rating } }');
const plain = buildSchema(SDL);
const guarded = guardStoredNumbers(buildSchema(SDL));

function run(schema) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < 40; i += 1) execute({ schema, document, rootValue });
  return Number(process.hrtime.bigint() - start) / 1e6 / 40;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = { plain: [], guarded: [] };
for (let round = 0; round < 15; round += 1) {
  times.plain.push(run(plain));
  times.guarded.push(run(guarded));
}
console.log(`plain   median ${median(times.plain).toFixed(3)} ms/query`);
console.log(`guarded median ${median(times.guarded).toFixed(3)} ms/query`);
console.log(`ratio ${(median(times.guarded) / median(times.plain)).toFixed(2)}x`);
