/**
 * What a request may ask of the server, after the OWASP GraphQL Cheat Sheet and Apollo's production
 * guide: depth, cost, aliases, operations, tokens, input nesting, body size and batching each have a
 * budget from the environment (src/config/config.ts). A request over one is refused with its own
 * `extensions.code`, the budget (`limit`) and, where known, what the request asked (`actual`), before
 * any Cypher runs: depth, aliases and operations are validation rules (validationRules.ts), tokens a
 * parse option, input nesting and cost are checked once the operation is resolved and its variables
 * known (queryCost.ts, inputDepth.ts), and the body is measured before it is parsed (bodyLimits.ts,
 * refusals.ts). clientErrors.ts decides what a client sees of an error. The WebSocket runs its
 * operations through the same Apollo pipeline (src/server/subscriptions.ts, transport.ts), so every
 * limit here holds for both transports; MAX_BODY_BYTES is its largest message.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../../config/config';
import { clientError } from './clientErrors';
import { costPlugin } from './queryCost';
import { transportRules } from './transport';
import { limitRules } from './validationRules';

export { bodyErrors, bodyLimits } from './bodyLimits';
export { clientError, socketError } from './clientErrors';
export { LimitError } from './limitError';
export { nestingProblem } from './nesting';
export { costEstimator } from './queryCost';
export { batchProblem, bodyProblem, type LimitRefusal, refusalOf, sendRefusal } from './refusals';
export { overSocket, type SocketOperation } from './transport';
export { operationDepths } from './validationRules';

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
    validationRules: limitRules({ depth: limits.maxDepth, aliases: limits.maxAliases, operations: limits.maxOperations }),
    formatError: clientError(config.production),
    plugins: [transportRules(), costPlugin(limits)],
  };
}
