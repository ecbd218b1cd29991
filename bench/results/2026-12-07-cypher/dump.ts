import fs from 'node:fs';
import path from 'node:path';
import { QueryCatalog, Statements } from './src/graph/statements';
import { LABELS, ENDPOINTS } from './src/model';

const root = process.argv[2];
const names = new Set(fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean));
const s = new Statements(new QueryCatalog(path.join(root, 'cypher')));
for (const n of s.names()) names.add(n);
for (const l of LABELS) {
  names.add(`nodesByIds@${l}`);
  names.add(`relationshipGroupsOfNodes@${l}`);
  names.add(`seedUpsertNodes@${l}`);
  names.add(`seedUpsertCitations@${l}`);
  names.add(`importNodes@${l}`);
  for (const m of LABELS) {
    names.add(`seedUpsertRelationships@${l}>${m}`);
    names.add(`importRelationships@${l}>${m}`);
  }
}
names.add(`nodesByIds@${LABELS.join('+')}`);
names.add(`relationshipGroupsOfNodes@${LABELS.join('+')}`);
for (const t of Object.keys(ENDPOINTS)) {
  names.add(`relationshipsOfType@${t}`);
  for (const d of ['OUT', 'IN']) {
    names.add(`relationshipChain@${t}.${d}`);
    names.add(`relationshipPageOfNodes@${LABELS.join('+')}.${t}.${d}`);
  }
}
for (let i = 1; i <= 6; i++) names.add(`shortestPathsBetween@${i}`);
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
