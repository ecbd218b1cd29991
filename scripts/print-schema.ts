/** `npm run schema`: prints the GraphQL SDL to schema/schema.graphql (a test fails when it is stale). */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/localdb/instance';
import { printGraphSchema } from '../src/schema/print';

printGraphSchema().then((sdl) => {
  const file = path.join(projectRoot(), 'schema', 'schema.graphql');
  fs.writeFileSync(file, sdl);
  console.log(`Wrote ${path.relative(projectRoot(), file)} (${sdl.split('\n').length} lines).`);
});
