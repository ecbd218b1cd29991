import { badInput } from './relationshipFilter';
import type { Row } from './statements';

/** What the check reads through: the graph (typed by shape, as the graph holds this check). */
interface Reader {
  read(name: string): Promise<Row[]>;
}

/**
 * The property names a filter or aggregate may name: those the graph holds (on any node or relationship). A name
 * none holds is a mistake a client should hear about (`boxOffice` for `boxOfficeHKD`), not an empty answer. Read
 * once per graph and again only when a name is missing: Neo4j's keys only grow, so a name once found stays valid.
 */
export class PropertyKeys {
  private known?: Promise<Set<string>>;

  /** Refuses, with BAD_USER_INPUT naming it and where it stands, the first name the graph holds nowhere. */
  async check(graph: Reader, names: ReadonlyMap<string, string>): Promise<void> {
    if (names.size === 0) return;
    let known = await (this.known ??= read(graph));
    if ([...names.keys()].some((name) => !known.has(name))) known = await (this.known = read(graph));
    for (const [name, path] of names) {
      if (!known.has(name)) throw badInput(`${path}: "${name}" is not a property any entity or relationship of the graph has`);
    }
  }
}

async function read(graph: Reader): Promise<Set<string>> {
  const [row] = await graph.read('propertyKeys');
  return new Set(row.keys as string[]);
}
