/**
 * The Bloom perspective lists exactly the properties and relationship types the seed carries once loaded
 * (src/seed/perspectiveProperties.ts), checked without Neo4j: a new property or type fails here, before the
 * live-graph test, and `npm run bloom:sync` mends it (CONTRIBUTING, "Adding a table from a new source").
 */
import fs from 'node:fs';
import path from 'node:path';
import { seedProperties } from '../../src/seed/perspectiveProperties';
import { readSeed } from '../../src/seed/read';

const root = path.join(__dirname, '..', '..');
const perspective = JSON.parse(fs.readFileSync(path.join(root, 'bloom', 'perspective.json'), 'utf8')) as {
  categories: { labels: string[]; properties: { name: string; dataType: string }[] }[];
  relationshipTypes: { name: string; properties: { name: string; dataType: string }[] }[];
};
const { labels, types } = seedProperties(readSeed(path.join(root, 'seed')));
const listed = (props: { name: string; dataType: string }[]) => props.map((p) => `${p.name}: ${p.dataType}`).sort();
const carried = (props: Map<string, string>) => [...props].map(([name, type]) => `${name}: ${type}`).sort();

describe('the Bloom perspective against the seed', () => {
  it.each([...labels.keys()])('lists the properties of %s that the seed gives it, with their data types', (label) => {
    const category = perspective.categories.find((c) => c.labels.includes(label));
    expect({ label, properties: listed(category?.properties ?? []) }).toEqual({ label, properties: carried(labels.get(label)!) });
  });

  it.each([...types.keys()])('lists the relationship type %s with the properties the seed gives it', (type) => {
    const listedType = perspective.relationshipTypes.find((t) => t.name === type);
    expect({ type, properties: listed(listedType?.properties ?? []) }).toEqual({ type, properties: carried(types.get(type)!) });
  });
});
