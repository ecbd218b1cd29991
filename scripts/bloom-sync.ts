/**
 * `npm run bloom:sync`: writes into bloom/perspective.json the properties each label and relationship type of
 * the seed carries once loaded (src/seed/perspectiveProperties.ts), and a relationship type the perspective
 * lacks, so adding a property or a type (declared in src/model) needs no hand edit of the perspective. Keeps
 * every other setting (captions, colours, icons, search phrases); `--check` only says what would change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { commandLine } from '../src/config/commandLine';
import { projectRoot } from '../src/localdb/instance';
import { BloomDataType, PropertiesOf, seedProperties } from '../src/seed/perspectiveProperties';
import { readSeed, seedDir } from '../src/seed/read';

interface PropertyEntry {
  name: string;
  exclude: boolean;
  isCaption: boolean;
  dataType: BloomDataType;
}
interface Category {
  labels: string[];
  properties: PropertyEntry[];
}
interface RelationshipType {
  id: string;
  name: string;
  properties: PropertyEntry[];
  [setting: string]: unknown;
}
interface Perspective {
  categories: Category[];
  labels: Record<string, { propertyKey: string; type: string; dataType: BloomDataType }[]>;
  relationshipTypes: RelationshipType[];
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The entries for `carried`, keeping the settings (caption, exclusion) of those already listed. */
function entries(listed: PropertyEntry[], carried: Map<string, BloomDataType>): PropertyEntry[] {
  const old = new Map(listed.map((p) => [p.name, p]));
  // The data type is the seed's (a hand-written one said `number` for integers the loader stores as Neo4j integers).
  return [...carried]
    .map(([name, dataType]) => ({ ...(old.get(name) ?? { name, exclude: false, isCaption: false }), dataType }))
    .sort(byName);
}

/** A relationship type as Bloom lists one it has no style for: grey, captioned by its type. */
const newType = (name: string, properties: PropertyEntry[]): RelationshipType => ({
  id: name,
  name,
  properties,
  color: '#848484',
  size: 1,
  textSize: 1,
  textAlign: 'top',
  captions: [{ inTooltip: true, isCaption: true, styles: [], key: name, type: 'relationship' }],
  captionKeys: [],
  styleRules: [],
});

function sync(p: Perspective, labels: PropertiesOf, types: PropertiesOf): void {
  for (const c of p.categories) {
    const carried = labels.get(c.labels[0]);
    if (!carried) continue;
    c.properties = entries(c.properties, carried);
    p.labels[c.labels[0]] = c.properties.map((e) => ({ propertyKey: e.name, type: c.labels[0], dataType: e.dataType }));
  }
  for (const [type, carried] of types) {
    const listed = p.relationshipTypes.find((t) => t.name === type);
    if (listed) listed.properties = entries(listed.properties, carried);
    else p.relationshipTypes.push(newType(type, entries([], carried)));
  }
  p.relationshipTypes.sort(byName);
}

function main(): number {
  const { values } = commandLine(process.argv.slice(2), { check: { type: 'boolean' } }, 'usage: npm run bloom:sync [-- --check]');
  const file = path.join(projectRoot(), 'bloom', 'perspective.json');
  const before = fs.readFileSync(file, 'utf8');
  const perspective = JSON.parse(before) as Perspective;
  const { labels, types } = seedProperties(readSeed(seedDir()));
  sync(perspective, labels, types);
  const after = `${JSON.stringify(perspective, null, 2)}\n`;
  if (after === before) console.log('bloom/perspective.json lists every property and type of the seed.');
  else if (values.check) {
    console.error('bloom/perspective.json differs from the seed: run npm run bloom:sync');
    return 1;
  } else {
    fs.writeFileSync(file, after);
    console.log('Wrote bloom/perspective.json: the properties and types of the seed.');
  }
  return 0;
}

process.exit(main());
