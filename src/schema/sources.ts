import { GraphQLError } from 'graphql';
import { type FactProps, factsFromSources } from '../graph/claims';
import type { SourcedFact } from '../model';
import { ErrorCode } from '../errors';
import type { RequestContext } from './context';

/**
 * `sources` on the question fields and the aggregates (issue 27, "One fact, one count"; docs/model.md, "Claims"):
 * answer from these Sources' claims instead of the facts' own values. The rule (per fact and property, the first
 * listed source that states it) is cypher/fragments/valueFromSources.cypher's, for the aggregates and, through
 * src/graph/claims.ts, for the questions' rows; here are the argument and its check.
 */

export const SOURCES_DESCRIPTION =
  "Answer from these Sources' claims instead of the facts' own values (the preferred claims, the paper's): per fact " +
  'and property, the first listed source that states it answers; a fact none of them states is left out (or, in a ' +
  'total, missing: never 0), and `sourceIds` says where each value came from. E.g. ["source:hk01-hkbo-2022-top-ten", "source:paper"].';

/** The `sources` argument's options: a list of Source ids, left out to read the facts as the graph holds them. */
export const sourcesArgOptions = { nullable: true, description: SOURCES_DESCRIPTION } as const;

const badSources = (message: string): GraphQLError =>
  new GraphQLError(`sources: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'sources' } });

/** The sources asked for, checked: each id a Source of the graph (BAD_USER_INPUT naming the first that is not), at least one. */
export async function checkedSources(ctx: RequestContext, sources: readonly string[] | null | undefined): Promise<string[] | undefined> {
  if (sources === null || sources === undefined) return undefined;
  if (sources.length === 0) throw badSources('give at least one Source id, or leave sources out');
  const nodes = await Promise.all(sources.map((id) => ctx.store.node(id)));
  const wrong = sources.find((_, i) => nodes[i]?.__label !== 'Source');
  if (wrong !== undefined) throw badSources(`"${wrong}" is not a Source of the graph`);
  return [...sources];
}

/**
 * The rows of a question as the sources state their facts: a row whose fact none of them states is left out, the
 * others get the answered values and `sourceIds`. Without `sources`, the rows as they are, untouched (the same
 * answer, to the byte, and no claim read). `factOf` names the fact each row is about (its `fact` unless told);
 * `withFact` puts the answered fact back in its row.
 */
export async function rowsFromSources<R>(
  ctx: RequestContext,
  asked: readonly string[] | null | undefined,
  rows: R[],
  factOf: (row: R) => FactProps = (row) => (row as { fact: FactProps }).fact,
  withFact: (row: R, fact: SourcedFact) => R = (row, fact) => ({ ...row, fact }),
): Promise<R[]> {
  const sources = await checkedSources(ctx, asked);
  if (!sources) return rows;
  const answered = await factsFromSources(ctx.store.graph, rows.map(factOf), sources);
  return rows.flatMap((row) => {
    const fact = answered.get(factOf(row).id as string);
    return fact ? [withFact(row, fact)] : [];
  });
}
