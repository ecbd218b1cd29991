import fs from 'node:fs';
import path from 'node:path';
import { QueryCatalog, Statements } from './src/graph/statements';
import { LABELS, ENDPOINTS } from './src/model';
import { encodeShapes } from './src/graph/relationshipFilter';

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
    out[n] = s.text(translate(n));
  } catch (e) {
    out[n] = `ERROR ${(e as Error).message}`;
  }
}
fs.writeFileSync(process.argv[4], JSON.stringify(out, null, 1));
console.log(Object.keys(out).length, 'names', Object.values(out).filter((t) => t.startsWith('ERROR')).length, 'errors');
/** A name of the JSON spelling, spelled by encodeShapes. */
function translate(name: string): string {
  const q = name.indexOf('?');
  if (q < 0) return name;
  const parts = name
    .slice(q + 1)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const [k, v] = [part.slice(0, eq), part.slice(eq + 1)];
      if (!(k.endsWith('rels') || k === 'filter') || !v.startsWith('[')) return part;
      try {
        const shapes = JSON.parse(v);
        return `${k}=${encodeShapes(k === 'filter' ? [shapes] : shapes)}`;
      } catch {
        return part;
      }
    });
  return `${name.slice(0, q)}?${parts.join('&')}`;
}
