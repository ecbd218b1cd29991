import fs from 'node:fs';
import path from 'node:path';
import { printGraphSchema } from '../../src/schema/print';

describe('schema/schema.graphql', () => {
  it('is what `npm run schema` prints from the code now', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printGraphSchema());
  });

  it('describes every type and field for playground users', async () => {
    const { buildGraphSchema } = await import('../../src/schema');
    const schema = await buildGraphSchema();
    const structural = ['cursor', 'node', 'edges', 'pageInfo', 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'];
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description && !structural.includes(field.name)) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
