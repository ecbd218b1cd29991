import { printSubgraphSchema } from '@apollo/subgraph';
import { lexicographicSortSchema } from 'graphql';
import { buildGraphSchema } from '.';

const HEADER =
  "# The API's schema as a Federation v2 subgraph, printed by `npm run schema` from the type-graphql\n# classes in src/schema. Do not edit.\n\n";

/** The SDL, sorted so that the printed file changes only when the schema does. */
export async function printGraphSchema(): Promise<string> {
  return HEADER + printSubgraphSchema(lexicographicSortSchema(await buildGraphSchema())) + '\n';
}
