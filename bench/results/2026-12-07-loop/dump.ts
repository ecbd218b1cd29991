/**
 * Every statement text Statements builds for the names of ../2026-12-07-cypher/names.txt, every catalog name, the
 * generated specialisations of that dump, and the relationship-filter, aggregate and group names below, which take
 * every branch of relationshipFilter.ts, aggregates.ts and relationshipGroups.ts: `node <bundle> <root> <names> <out.json>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { QueryCatalog, Statements } from './src/graph/statements';
import { ENDPOINTS, LABELS } from './src/model';
import { encodeShapes, RelationshipShape } from './src/graph/relationshipFilter';

const root = process.argv[2];
const names = new Set(fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean));
const s = new Statements(new QueryCatalog(path.join(root, 'cypher')));
for (const n of s.names()) names.add(n);
for (const l of LABELS) {
  for (const t of ['nodesByIds', 'relationshipGroupsOfNodes', 'seedUpsertNodes', 'seedUpsertCitations', 'importNodes']) names.add(`${t}@${l}`);
  for (const m of LABELS) for (const t of ['seedUpsertRelationships', 'importRelationships']) names.add(`${t}@${l}>${m}`);
}
names.add(`nodesByIds@${LABELS.join('+')}`);
names.add(`relationshipGroupsOfNodes@${LABELS.join('+')}`);
names.add('relationshipGroupsOfNodes@Region+Work');
for (const t of Object.keys(ENDPOINTS)) {
  names.add(`relationshipsOfType@${t}`);
  for (const d of ['OUT', 'IN']) {
    names.add(`relationshipChain@${t}.${d}`);
    names.add(`relationshipPageOfNodes@${LABELS.join('+')}.${t}.${d}`);
  }
}
for (let i = 1; i <= 6; i++) names.add(`shortestPathsBetween@${i}`);

// Relationship filters: every quantifier, direction, part letter and nesting, from Work.
const PARTS = ['', 'f', 'n', 'fn', 'i', 'iE', 'fiE', 'nN', 'nhE', 'nlE', 'n!', 'fnGQLKUCXE', 'nlR', '!'];
const shapesFrom: RelationshipShape[] = [];
for (const q of ['some', 'none', 'all'] as const)
  for (const parts of PARTS) {
    shapesFrom.push([q, 'RELEASED_IN', 'OUT', 'Region', [], parts]);
    shapesFrom.push([q, 'REMADE_AS', 'IN', null, [], parts]);
    shapesFrom.push([q, 'REMADE_AS', 'OUT', 'Work', [[q, 'RELEASED_IN', 'OUT', 'Region', [], parts]], `n${parts}`]);
    shapesFrom.push([q, 'REMADE_AS', 'OUT', 'Work', [['some', 'RELEASED_IN', 'OUT', 'Region', [], 'iE'], ['none', 'AIRED_ON', 'OUT', 'Platform', [], parts]], `nl${parts}`]);
  }
const pairs = [...shapesFrom.map((x) => [x]), [shapesFrom[4], shapesFrom[8]], [shapesFrom[8], shapesFrom[4], shapesFrom[2]]];
for (const shapes of pairs) {
  const rels = encodeShapes(shapes);
  for (const extra of ['', '&listed=1', '&rest=0', '&rest=0&listed=1']) {
    for (const group of ['none', 'property', 'rel:ORIGINATES_FROM.OUT.Region', 'rel:REMADE_AS.IN._'])
      names.add(`entityAggregate@Work?group=${group}&rels=${rels}${extra}`);
    names.add(`entityPage@Work?seek=&rest=${extra.includes('rest=0') ? 0 : 1}&sort=id.asc&rels=${rels}${extra.includes('listed') ? '&listed=1' : ''}`);
    for (const group of ['none', 'property', 'FROM', 'TO', 'rel:ORIGINATES_FROM.OUT.Region'])
      for (const ends of ['from=id', 'to=id&fact=1', 'from=id&to=id', ''])
        names.add(`factAggregate@RELEASED_IN?${ends}&group=${group}&from.rels=${rels}${extra.replace(/&/g, '&from.')}`);
  }
  if (shapes.length === 1 && shapes[0][1] === 'RELEASED_IN' && shapes[0][0] === 'some' && !shapes[0][5].includes('!'))
    names.add(`relationshipsOfType@RELEASED_IN?filter=${rels}`);
}
names.add(`factAggregate@RELEASED_IN?group=none&to.rels=${encodeShapes([['some', 'ORIGINATES_FROM', 'IN', 'Work', [], 'n']])}&from.rels=${encodeShapes([shapesFrom[1]])}`);
names.add('factAggregate@CO_PRODUCED?group=TO&fact=1');
names.add('entityAggregate@Region?group=rel:ORIGINATES_FROM.IN.Work');
const out: Record<string, string> = {};
for (const n of [...names].sort()) {
  try {
    out[n] = s.text(n);
  } catch (e) {
    out[n] = `ERROR ${(e as Error).message}`;
  }
}
fs.writeFileSync(process.argv[4], JSON.stringify(out, null, 1));
console.log(Object.keys(out).length, 'names', Object.values(out).filter((t) => t.startsWith('ERROR')).length, 'errors');
