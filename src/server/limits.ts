/**
 * What a request may ask of the server, after the OWASP GraphQL Cheat Sheet and Apollo's production
 * guide: depth, cost, aliases, operations, tokens, input nesting, body size and batching each have a
 * budget from the environment (src/config/config.ts). A request over one is refused with its own
 * `extensions.code`, the budget (`limit`) and, where known, what the request asked (`actual`), before
 * any Cypher runs: depth, aliases and operations are validation rules, tokens a parse option, input
 * nesting and cost are checked once the operation is resolved and its variables known, and the body is
 * measured before it is parsed.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import express from 'express';
import type http from 'node:http';
import {
  ASTVisitor, DirectiveNode, DocumentNode, FieldNode, FragmentDefinitionNode, getNamedType, getNullableType, GraphQLError,
  GraphQLFormattedError, isCompositeType, isListType, Kind, OperationDefinitionNode, SelectionSetNode, ValidationContext,
  ValidationRule, ValueNode, visit,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Config, QueryLimits } from '../config/config';

/** A refusal for going over a budget; its code survives Apollo's wrapping of validation errors. */
export class LimitError extends GraphQLError {
  constructor(code: string, message: string, limit: number, actual?: number) {
    super(message, { extensions: { code, limit, ...(actual === undefined ? {} : { actual }), http: { status: 400 } } });
  }
}

const isIntrospection = (name: string): boolean => name.startsWith('__');

/**
 * Depth of the deepest field, counting through fragments; introspection (`__schema`, `__type`) is left
 * out because its shape is fixed by GraphQL and its size is bounded by the token and cost limits.
 */
function selectionDepth(set: SelectionSetNode | undefined, fragment: (name: string) => number): number {
  let deepest = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (!isIntrospection(selection.name.value)) deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragment));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragment));
    } else {
      deepest = Math.max(deepest, fragment(selection.name.value));
    }
  }
  return deepest;
}

/** Depth of each operation; fragments are measured once each, and a fragment cycle counts as 0 (another rule reports it). */
export function operationDepths(document: DocumentNode): number[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, number>();
  const fragment = (name: string): number => {
    if (measured.has(name)) return measured.get(name)!;
    measured.set(name, 0);
    const depth = selectionDepth(fragments.get(name)?.selectionSet, fragment);
    measured.set(name, depth);
    return depth;
  };
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => selectionDepth(op.selectionSet, fragment));
}

function depthRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      const depth = Math.max(0, ...operationDepths(node));
      if (depth > max) {
        context.reportError(new LimitError('QUERY_TOO_DEEP', `The query is ${depth} levels deep; at most ${max} are allowed.`, max, depth));
      }
    },
  });
}

function aliasRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node: FieldNode) { if (node.alias) aliases++; },
      Document: {
        leave() {
          if (aliases > max) context.reportError(new LimitError('TOO_MANY_ALIASES', `The document uses ${aliases} aliases; at most ${max} are allowed.`, max, aliases));
        },
      },
    };
  };
}

function operationRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      const operations = node.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
      if (operations > max) {
        context.reportError(new LimitError('TOO_MANY_OPERATIONS', `The document holds ${operations} operations; at most ${max} are allowed.`, max, operations));
      }
    },
  });
}

/**
 * The cost model: every field costs 1 plus what it selects, times how many items it can return.
 * A field with `first` returns up to `first` items (the page size); one with `ids` as many as it is
 * given; any other list of objects (a relationship list, a question's answer) is assumed to hold
 * `listEstimate` items. A connection's `nodes` and `edges` are already paid for by its `first`.
 */
export function costEstimator(listEstimate: number): ComplexityEstimator {
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
function costOf(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined,
  schema: Parameters<typeof getComplexity>[0]['schema'], limits: QueryLimits): number {
  const only: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  try {
    return getComplexity({ schema, query: only, variables, estimators: [costEstimator(limits.listEstimate)] });
  } catch (err) {
    if (/maximum allowed number of nodes/.test((err as Error).message)) {
      throw new LimitError('QUERY_TOO_COSTLY', 'The query selects too many fields to be costed.', limits.maxCost);
    }
    // Variables that do not fit their types: the same refusal execution would give, only earlier.
    throw new GraphQLError((err as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

/** How deep a JSON value nests, counted no further than `cap`: a hostile value cannot exhaust the stack here. */
function valueDepth(value: unknown, cap: number, depth = 0): number {
  if (value === null || typeof value !== 'object' || depth >= cap) return depth;
  let deepest = depth + 1;
  for (const inner of Object.values(value)) {
    deepest = Math.max(deepest, valueDepth(inner, cap, depth + 1));
    if (deepest >= cap) break;
  }
  return deepest;
}

/** The same for a value written in the document itself. */
function literalDepth(node: ValueNode, cap: number, depth = 0): number {
  if (depth >= cap) return depth;
  const inner = node.kind === Kind.OBJECT ? node.fields.map((f) => f.value) : node.kind === Kind.LIST ? node.values : undefined;
  if (!inner) return depth;
  return inner.reduce((deepest, v) => (deepest >= cap ? deepest : Math.max(deepest, literalDepth(v, cap, depth + 1))), depth + 1);
}

/** Deeply nested input (a filter of NOT inside NOT, thousands deep) would otherwise recurse until the stack runs out. */
function checkInputDepth(literals: number, variables: Record<string, unknown> | undefined, max: number): void {
  const deepest = Math.max(literals, valueDepth(variables ?? {}, max + 2) - 1);
  if (deepest > max) {
    throw new LimitError('INPUT_TOO_DEEP', `An argument's value is nested more than ${max} levels deep; at most ${max} are allowed.`, max);
  }
}

/** The deepest value written in the document's arguments, counted no further than `cap`. */
function deepestLiteral(document: DocumentNode, cap: number): number {
  let deepest = 0;
  visit(document, { Argument(node) { deepest = Math.max(deepest, literalDepth(node.value, cap)); } });
  return deepest;
}

/** The only arguments whose values costEstimator reads. */
const COST_ARGUMENTS = new Set(['first', 'ids']);

/**
 * The variables an operation's cost can depend on: those inside a `first` or `ids` argument, and those
 * of directives (`@include(if: $x)` decides whether a field counts at all). Any other variable, a
 * federation batch's representations for one, leaves the cost as it is.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ValueNode | DirectiveNode) => visit(node, { Variable(v) { names.add(v.name.value); } });
  visit(document, {
    Directive(node) { collect(node); return false; },
    Argument(node) { if (COST_ARGUMENTS.has(node.name.value)) collect(node.value); },
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
      found = { literalDepth: deepestLiteral(document, limits.maxInputDepth + 1), costVariables: costVariables(document), costs: new Map() };
      known.set(document, found);
    }
    return found;
  };
}

function costPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  const checksOf = documentChecks(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const checks = checksOf(document);
          checkInputDepth(checks.literalDepth, request.variables, limits.maxInputDepth);
          // A variable left out (its default applies) and one sent as null are different requests.
          const values = checks.costVariables.map((name) => (request.variables && name in request.variables ? [request.variables[name]] : []));
          const key = JSON.stringify([operation.name?.value ?? null, ...values]);
          let cost = checks.costs.get(key);
          if (cost === undefined) {
            cost = costOf(document, operation, request.variables, schema, limits);
            if (checks.costs.size >= MAX_COSTS_PER_DOCUMENT) checks.costs.clear();
            checks.costs.set(key, cost);
          }
          if (cost > limits.maxCost) {
            throw new LimitError('QUERY_TOO_COSTLY', `The query costs ${cost}; at most ${limits.maxCost} is allowed (lists cost their page size \`first\`).`, limits.maxCost, cost);
          }
        },
      };
    },
  };
}

const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

/**
 * What clients see of an error. Limit codes come back out from under Apollo's GRAPHQL_VALIDATION_FAILED
 * and GRAPHQL_PARSE_FAILED; in production, no "Did you mean" hints about the schema and no internal
 * messages (stack traces are never sent).
 */
export function clientError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as GraphQLError | undefined)?.originalError;
    let out = formatted;
    if (original instanceof LimitError) {
      const { http: _http, ...extensions } = original.extensions;
      out = { ...out, extensions: { ...out.extensions, ...extensions } };
    }
    const tokens = TOO_MANY_TOKENS.exec(formatted.message);
    if (tokens && formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED') {
      const limit = Number(tokens[1]);
      out = { ...out, message: `The document has more than ${limit} tokens; at most ${limit} are allowed.`, extensions: { ...out.extensions, code: 'TOO_MANY_TOKENS', limit } };
    }
    const { stacktrace: _stack, ...extensions } = (out.extensions ?? {}) as Record<string, unknown>;
    out = { ...out, extensions };
    if (!production) return out;
    const internal = out.extensions?.code === 'INTERNAL_SERVER_ERROR' && !(unwrapResolverError(error) instanceof GraphQLError);
    return { ...out, message: internal ? 'Internal server error.' : out.message.replace(/ ?Did you mean .+?\?/g, '') };
  };
}

export interface ApolloLimitOptions {
  introspection: boolean;
  includeStacktraceInErrorResponses: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
  csrfPrevention: boolean;
  allowBatchedHttpRequests: boolean;
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  formatError: ReturnType<typeof clientError>;
  plugins: ApolloServerPlugin<BaseContext>[];
}

/** The limit-related options of Apollo Server for a configuration; spread into its constructor. */
export function apolloLimits(config: Config): ApolloLimitOptions {
  const { limits } = config;
  return {
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.allowBatchedHttp,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [depthRule(limits.maxDepth), aliasRule(limits.maxAliases), operationRule(limits.maxOperations)],
    formatError: clientError(config.production),
    plugins: [costPlugin(limits)],
  };
}

/** A refusal before GraphQL runs: an HTTP status and a body in GraphQL's error shape, with a code. */
export interface LimitRefusal {
  status: number;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

export const refusalOf = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): LimitRefusal =>
  ({ status, body: { errors: [{ message, extensions: { code, ...extra } }] } });

/**
 * Sends a refusal on Node's response, which Express's extends: the direct POST path and the Express
 * app answer alike. Once headers are out, only the end can still be sent.
 */
export function sendRefusal(res: http.ServerResponse, refused: LimitRefusal): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = refused.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(refused.body));
}

/** A batch of more than MAX_OPERATIONS operations is refused before any of them runs. */
export function batchProblem(body: unknown, maxOperations: number): LimitRefusal | null {
  const size = Array.isArray(body) ? body.length : 0;
  return size > maxOperations
    ? refusalOf(400, 'TOO_MANY_OPERATIONS', `The batch holds ${size} operations; at most ${maxOperations} are allowed.`, { limit: maxOperations, actual: size })
    : null;
}

const NOT_JSON = (): LimitRefusal => refusalOf(400, 'BAD_REQUEST', 'The request body is not valid JSON.');

/** A body's JSON, read as express.json reads it (strict: an object or an array), or the refusal. */
export function bodyProblem(text: string): { body: unknown } | LimitRefusal {
  if (!/^[\x20\x09\x0a\x0d]*[{[]/.test(text)) return NOT_JSON();
  try {
    return { body: JSON.parse(text) };
  } catch {
    return NOT_JSON();
  }
}

/** Reads the JSON body up to MAX_BODY_BYTES, and keeps a batch (when allowed) within MAX_OPERATIONS. */
export function bodyLimits(limits: QueryLimits): express.RequestHandler[] {
  const batchSize: express.RequestHandler = (req, res, next) => {
    const tooMany = batchProblem(req.body, limits.maxOperations);
    if (tooMany) {
      sendRefusal(res, tooMany);
      return;
    }
    // A body that is not JSON is left for Apollo to refuse with its own 400s, not a 500.
    if (req.body === undefined) req.body = {};
    next();
  };
  return [express.json({ limit: limits.maxBodyBytes }), batchSize];
}

interface BodyError { type?: string; status?: number; length?: number; limit?: number; expose?: boolean; message?: string }

/** A body that is too large (413) or not JSON (400) answers in GraphQL's error shape, with a code. */
export const bodyErrors: express.ErrorRequestHandler = (err: BodyError, _req, res, next) => {
  if (err.type === 'entity.too.large') {
    sendRefusal(res, refusalOf(413, 'PAYLOAD_TOO_LARGE', `The request body is ${err.length} bytes; at most ${err.limit} are allowed.`, { limit: err.limit, actual: err.length }));
  } else if (err.type === 'entity.parse.failed') {
    sendRefusal(res, NOT_JSON());
  } else if (err.status && err.status >= 400 && err.status < 500) {
    sendRefusal(res, refusalOf(err.status, 'BAD_REQUEST', err.expose && err.message ? err.message : 'The request body could not be read.'));
  } else {
    next(err);
  }
};
