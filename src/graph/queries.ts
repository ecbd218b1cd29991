import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../localdb/instance';

/**
 * Every Cypher statement lives in `cypher/<name>.cypher` and is called by that name. Nothing else in
 * the code writes Cypher, and user input reaches a statement only as a parameter.
 */
export class QueryCatalog {
  private readonly texts = new Map<string, string>();

  constructor(readonly dir: string = path.join(projectRoot(), 'cypher')) {
    for (const file of fs.readdirSync(dir)) {
      if (file.endsWith('.cypher')) this.texts.set(file.slice(0, -'.cypher'.length), fs.readFileSync(path.join(dir, file), 'utf8'));
    }
  }

  /** The text of one statement; a file may hold several statements, split by `statements()`. */
  text(name: string): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`no Cypher file cypher/${name}.cypher`);
    return text;
  }

  /** The `;`-separated statements of a file such as the schema, comments dropped. */
  statements(name: string): string[] {
    return this.text(name)
      .split('\n').filter((line) => !line.trim().startsWith('//')).join('\n')
      .split(';').map((s) => s.trim()).filter(Boolean);
  }

  names(): string[] {
    return [...this.texts.keys()].sort();
  }
}
