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
    // Federation's own machinery (_entities, _service, link__*, federation__*) is Apollo's, documented by the spec.
    const federation = (name: string) => name.startsWith('_') || name.startsWith('link__') || name.startsWith('federation__');
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (federation(type.name) || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name)) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description && !structural.includes(field.name) && !federation(field.name))
            undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
