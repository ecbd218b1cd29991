import { toNeo4jProps } from '../../src/graph/writeValues';
import { PropValue, withDerivedNames } from '../../src/model';
import { citationId, claimName, relationshipId, statedInId } from '../../src/model';
import { Batch, CLAIMS_PART, NODE_PARTS, RELATIONSHIP_PARTS, Row, SYNTHETIC_SOURCE, SyntheticOptions } from './model';

export type Props = Record<string, PropValue | undefined>;

const defined = (props: Props): Record<string, PropValue> =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Record<string, PropValue>;

/**
 * Rows for the load, grouped by part of the graph. Numbers go through the real seed's
 * conversion, so years and counts land as Neo4j integers and shares and ratings as floats, exactly
 * as `npm run seed` stores them.
 */
export class Rows {
  readonly byPart = new Map<string, Row[]>();

  constructor(private readonly options: SyntheticOptions) {}

  locator(what: string): string {
    return `generated (seed ${this.options.seed}, scale ${this.options.scale}), ${what}`;
  }

  node(label: string, id: string, props: Props, what: string, anchor = false): void {
    this.push(NODE_PARTS[label], {
      id,
      props: toNeo4jProps(withDerivedNames(defined(props))),
      anchor,
      source: SYNTHETIC_SOURCE,
      citationId: citationId(id, SYNTHETIC_SOURCE),
      locator: this.locator(what),
    });
  }

  rel(part: string, from: string, to: string, key: string, props: Props, what: string): void {
    const { type } = RELATIONSHIP_PARTS[part];
    this.push(part, {
      id: relationshipId(type, from, to, key),
      type,
      from,
      to,
      props: toNeo4jProps(defined(props)),
      source: SYNTHETIC_SOURCE,
      locator: this.locator(what),
    });
  }

  /**
   * Two claims of a release's box office: the fact's own (preferred, as the seed writes it where another claim
   * exists) and a second count a year later. Ids as the seed's are made: `claim:` and a digest-like key.
   */
  claims(factId: string, about: { id: string; label: string }[], boxOfficeHKD: number, year: number, what: string): void {
    const base = { factId, factType: 'RELEASED_IN', claimed: ['boxOfficeHKD'], unit: 'HKD', source: SYNTHETIC_SOURCE };
    const own = this.locator(what);
    const later = `${own}, a second count`;
    const slug = factId
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    for (const [suffix, locator, props] of [
      ['own', own, { boxOfficeHKD, preferred: true }],
      ['later', later, { boxOfficeHKD: Math.round(boxOfficeHKD * 0.995), asOf: `${year + 1}-01` }],
    ] as const) {
      const id = `claim:${slug}-${suffix}`;
      const name = claimName('Synthetic benchmark graph', { boxOfficeHKD: props.boxOfficeHKD });
      const all = toNeo4jProps(
        withDerivedNames({ ...base, ...props, locator, name, aliases: [] as string[] }) as Record<string, PropValue>,
      );
      this.push(CLAIMS_PART, { id, statedInId: statedInId(id, SYNTHETIC_SOURCE), source: SYNTHETIC_SOURCE, locator, about, props: all });
    }
  }

  /** The rows in load order (nodes before the relationships between them, claims last), cut into batches. */
  *batches(size: number): Generator<Batch> {
    const order = [...Object.values(NODE_PARTS), ...Object.keys(RELATIONSHIP_PARTS), CLAIMS_PART];
    for (const part of order) {
      const rows = this.byPart.get(part) ?? [];
      for (let i = 0; i < rows.length; i += size) yield { part, rows: rows.slice(i, i + size) };
    }
  }

  private push(part: string, row: Row): void {
    const list = this.byPart.get(part);
    if (list) list.push(row);
    else this.byPart.set(part, [row]);
  }
}
