/**
 * Nesting refused before graphql-js sees a request. Its parser and validation rules, and our own walks
 * of a document, recurse once per level of nesting: a selection or an argument's value nested some
 * thousands of levels deep ran out of stack ("Maximum call stack size exceeded"). These checks count
 * the levels without recursion and stop at the limit, so what is refused here could never parse into
 * something the other limits would have let through.
 */
import type { QueryLimits } from '../../config/config';
import { ErrorCode } from '../../errors';
import { valueDepth } from './inputDepth';
import { LimitRefusal, refusalOf } from './refusals';

export interface TextNesting {
  /** Braces outside parentheses: selection sets. */
  selections: number;
  /** Braces and brackets inside parentheses: argument values, default values and list types. */
  values: number;
}

/** The index just past a string starting at `i` ("..." or """..."""), or past the line for a comment. */
function skipQuoted(text: string, i: number): number {
  if (text.startsWith('"""', i)) {
    let j = i + 3;
    while (j < text.length && !(text.startsWith('"""', j) && text[j - 1] !== '\\')) j++;
    return j + 3;
  }
  let j = i + 1;
  while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** How deep a GraphQL text nests, in one pass over its characters, strings and comments left out. */
export function textNesting(text: string): TextNesting {
  const deepest = { selections: 0, values: 0 };
  let parens = 0;
  let selections = 0;
  let values = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = skipQuoted(text, i) - 1;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '(') parens++;
    else if (c === ')') {
      parens = Math.max(0, parens - 1);
      values = 0;
    } else if (parens > 0 && (c === '{' || c === '[')) deepest.values = Math.max(deepest.values, ++values);
    else if (parens > 0 && (c === '}' || c === ']')) values = Math.max(0, values - 1);
    else if (c === '{') deepest.selections = Math.max(deepest.selections, ++selections);
    else if (c === '}') selections = Math.max(0, selections - 1);
  }
  return deepest;
}

/**
 * A field level takes at most two braces (its own selection set and an inline fragment's) and the
 * operation one more: beyond that the depth rule would refuse the query anyway.
 */
const selectionBraces = (maxDepth: number): number => 2 * maxDepth + 1;

const inputTooDeep = (max: number): LimitRefusal =>
  refusalOf(400, ErrorCode.INPUT_TOO_DEEP, `An argument's value is nested more than ${max} levels deep; at most ${max} are allowed.`, {
    limit: max,
  });

/** The refusal for one request's `query` text and `variables` (a JSON value, or GET's JSON text), if they nest too deep. */
function requestProblem(request: Record<string, unknown>, limits: QueryLimits): LimitRefusal | null {
  if (typeof request.query === 'string') {
    const nesting = textNesting(request.query);
    if (nesting.selections > selectionBraces(limits.maxDepth)) {
      return refusalOf(
        400,
        ErrorCode.QUERY_TOO_DEEP,
        `The query nests selections more than ${limits.maxDepth} levels deep; at most ${limits.maxDepth} are allowed.`,
        { limit: limits.maxDepth },
      );
    }
    if (nesting.values > limits.maxInputDepth) return inputTooDeep(limits.maxInputDepth);
  }
  let variables = request.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return null;
    } // Apollo refuses variables that are not JSON
  }
  // One more level than the limit: the variables object itself.
  if (variables && typeof variables === 'object' && valueDepth(variables, limits.maxInputDepth + 2) - 1 > limits.maxInputDepth) {
    return inputTooDeep(limits.maxInputDepth);
  }
  return null;
}

/** The body (one request or a batch) or GET's parameters, checked for nesting; null when they are fine or not GraphQL's shape. */
export function nestingProblem(body: unknown, limits: QueryLimits): LimitRefusal | null {
  for (const request of Array.isArray(body) ? body : [body]) {
    if (request === null || typeof request !== 'object') continue;
    const problem = requestProblem(request as Record<string, unknown>, limits);
    if (problem) return problem;
  }
  return null;
}
