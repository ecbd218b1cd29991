/**
 * The query cost budget: an estimate of how many items an operation can return, checked once the
 * operation is resolved and its variables known, with the input depth; costs are cached per document.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  DirectiveNode,
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  OperationDefinitionNode,
  ValueNode,
  visit,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { QueryLimits } from '../../config/config';
import { ErrorCode } from '../../errors';
import { filterCost, RELATIONSHIP_TEST_COST, relationshipTests } from './filterCost';
import { checkInputDepth, deepestLiteral } from './inputDepth';
import { LimitError } from './limitError';
import { isIntrospection } from './validationRules';

/**
 * The cost model: every field costs 1 plus what it selects, times how many items it can return.
 * A field with `first` returns up to `first` items (the page size); one with `ids` as many as it is
 * given; any other list of objects (a relationship list, a question's answer) is assumed to hold
 * `listEstimate` items. A connection's `nodes` and `edges` are already paid for by its `first`. A `filter`
 * (and an aggregate's `from` and `to`) through relationships adds what its relationship tests read (filterCost), once for the field,
 * and the operation pays what Neo4j spends planning them (RELATIONSHIP_TEST_COST each, once per field written); a
 * filter of more than `maxRelationshipTests` is refused.
 */
/** The arguments that take an EntityFilter: a list's, and a facts aggregate's tests on either end. */
const FILTER_ARGUMENTS = ['filter', 'from', 'to'];

/**
 * The estimator, and the relationship tests it meets, each filter's refused over `maxRelationshipTests`. Their
 * planning is paid once per field written in the query (a statement is planned once, however many items the
 * field's parent holds), so they are counted aside (`planned`), not multiplied into the field's cost.
 */
export function costEstimator(
  limits: Pick<QueryLimits, 'listEstimate' | 'maxRelationshipTests'>,
  planned: (tests: number) => void = () => {},
): ComplexityEstimator {
  const items = itemsCost(limits.listEstimate);
  return (options) =>
    (items(options) ?? 0) +
    FILTER_ARGUMENTS.reduce((cost, name) => {
      const filter = options.args[name];
      planned(checkRelationshipTests(`${options.field.name}(${name}:)`, relationshipTests(filter), limits.maxRelationshipTests));
      return cost + filterCost(filter, limits.listEstimate);
    }, 0);
}

/**
 * One filter's relationship tests, or a refusal naming the limit and the count: Neo4j plans every test of a new
 * filter before it reads anything, and planning a statement of many is slower than the transaction timeout
 * (bench/results/2026-12-07-cost), so a filter of more never reaches it.
 */
function checkRelationshipTests(where: string, tests: number, limit: number): number {
  if (tests > limit) {
    throw new LimitError(
      ErrorCode.QUERY_TOO_COSTLY,
      `${where} holds ${tests} relationship tests (some, none, all); at most ${limit} are allowed in one filter ` +
        '(MAX_FILTER_RELATIONSHIP_TESTS).',
      limit,
      tests,
    );
  }
  return tests;
}

function itemsCost(listEstimate: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const own = 1 + childComplexity;
    if (isIntrospection(field.name) || isIntrospection(type.name)) return own;
    // Reads no argument but these (COST_ARGUMENTS): the cost cache below relies on it.
    if (typeof args.first === 'number') return Math.max(args.first, 1) * own;
    if (Array.isArray(args.ids)) return Math.max(args.ids.length, 1) * own;
    const returned = getNullableType(field.type);
    const listOfObjects = isListType(returned) && isCompositeType(getNamedType(returned));
    if (listOfObjects && !/(Connection|Edge)$/.test(type.name)) return listEstimate * own;
    return own;
  };
}

/** The cost of the operation a request will run, with its variables; a query that cannot be costed is refused. */
export function costOf(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  schema: Parameters<typeof getComplexity>[0]['schema'],
  limits: QueryLimits,
): number {
  const only: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  try {
    let tests = 0;
    const read = getComplexity({ schema, query: only, variables, estimators: [costEstimator(limits, (n) => (tests += n))] });
    return read + tests * RELATIONSHIP_TEST_COST;
  } catch (err) {
    if (err instanceof LimitError) throw err;
    if (/maximum allowed number of nodes/.test((err as Error).message)) {
      throw new LimitError(ErrorCode.QUERY_TOO_COSTLY, 'The query selects too many fields to be costed.', limits.maxCost);
    }
    // Variables that do not fit their types: the same refusal execution would give, only earlier.
    throw new GraphQLError((err as Error).message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
  }
}

/** The only arguments whose values costEstimator reads. */
const COST_ARGUMENTS = new Set(['first', 'ids', ...FILTER_ARGUMENTS]);

/**
 * The variables an operation's cost can depend on: those inside a `first`, `ids` or filter argument, and those
 * of directives (`@include(if: $x)` decides whether a field counts at all). Any other variable, a
 * federation batch's representations for one, leaves the cost as it is.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ValueNode | DirectiveNode) =>
    visit(node, {
      Variable(v) {
        names.add(v.name.value);
      },
    });
  visit(document, {
    Directive(node) {
      collect(node);
      return false;
    },
    Argument(node) {
      if (COST_ARGUMENTS.has(node.name.value)) collect(node.value);
    },
  });
  return [...names].sort();
}

/** What the checks learn once per parsed document, and the costs worked out for it so far. */
interface KnownDocument {
  literalDepth: number;
  costVariables: string[];
  /** Cost per operation name and values of the cost variables; cleared when full (a client may vary `first` endlessly). */
  costs: Map<string, number>;
}
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * Apollo parses a query text once and hands every later request the same document object, so what the
 * checks learn from the document alone is kept with it: the literal depth, and each cost already
 * worked out (graphql-query-complexity walks the whole selection and coerces every variable, about a
 * tenth of a lookup's time in our process).
 */
function documentChecks(limits: QueryLimits): (document: DocumentNode) => KnownDocument {
  const known = new WeakMap<DocumentNode, KnownDocument>();
  return (document) => {
    let found = known.get(document);
    if (!found) {
      found = {
        literalDepth: deepestLiteral(document, limits.maxInputDepth + 1),
        costVariables: costVariables(document),
        costs: new Map(),
      };
      known.set(document, found);
    }
    return found;
  };
}

export function costPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  const checksOf = documentChecks(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const checks = checksOf(document);
          checkInputDepth(checks.literalDepth, request.variables, limits.maxInputDepth);
          // A variable left out (its default applies) and one sent as null are different requests.
          const values = checks.costVariables.map((name) =>
            request.variables && name in request.variables ? [request.variables[name]] : [],
          );
          const key = JSON.stringify([operation.name?.value ?? null, ...values]);
          let cost = checks.costs.get(key);
          if (cost === undefined) {
            cost = costOf(document, operation, request.variables, schema, limits);
            if (checks.costs.size >= MAX_COSTS_PER_DOCUMENT) checks.costs.clear();
            checks.costs.set(key, cost);
          }
          if (cost > limits.maxCost) {
            throw new LimitError(
              ErrorCode.QUERY_TOO_COSTLY,
              `The query costs ${cost}; at most ${limits.maxCost} is allowed (lists cost their page size \`first\`).`,
              limits.maxCost,
              cost,
            );
          }
        },
      };
    },
  };
}
