import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors';

/**
 * How many paths the `shortestPaths` answers of one request may hold: each answer at most `perAnswer`, all of them
 * together at most `perRequest`. Parallel relationships multiply paths (22 Japan-Hong Kong and 25 Hong Kong-Mainland
 * facts make 550 two-step paths, 452 KB of JSON), and the cost model, which sees the query and not the graph, cannot
 * know how many a search will find; so each search reads at most one path more than it may answer, and an answer
 * over either bound is refused, naming the bound, rather than cut short without saying so.
 */
export class PathBudget {
  private answered = 0;

  constructor(
    readonly perAnswer: number,
    readonly perRequest: number,
  ) {}

  /** How many paths the next search should read: one more than it may answer, so that "too many" shows. */
  nextLimit(): number {
    return Math.min(this.perAnswer, this.perRequest - this.answered) + 1;
  }

  /**
   * Takes the `found` paths of a search from the budget, or refuses the answer naming the bound it would break.
   * A search reads one path more than it may answer, so `found` over a bound says "more than", not how many.
   */
  take(found: number, between: string): void {
    if (found > this.perAnswer)
      throw tooMany(`more than ${this.perAnswer} shortest paths join ${between}`, 'MAX_PATHS_PER_ANSWER', this.perAnswer);
    if (this.answered + found > this.perRequest) {
      const what = `with the paths joining ${between}, this request's path answers would hold more than ${this.perRequest}`;
      throw tooMany(what, 'MAX_PATHS_PER_REQUEST', this.perRequest);
    }
    this.answered += found;
  }
}

const tooMany = (what: string, variable: string, limit: number): GraphQLError =>
  new GraphQLError(`shortestPaths: ${what}; at most ${limit} are answered (${variable}). Ask for fewer steps (maxLength) or other ends.`, {
    extensions: { code: ErrorCode.QUERY_TOO_COSTLY, limit },
  });
