import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildGraphSchema } from '.';

const HEADER = '# The API\'s schema, printed by `npm run schema` from the type-graphql classes in src/schema. Do not edit.\n\n';

/** The SDL, sorted so that the printed file changes only when the schema does. */
export async function printGraphSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildGraphSchema())) + '\n';
}
