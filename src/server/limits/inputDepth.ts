/** How deep an argument's value nests, in the document and in the variables, each counted no further than a cap. */
import { DocumentNode, Kind, ValueNode, visit } from 'graphql';
import { ErrorCode } from '../../errors';
import { LimitError } from './limitError';

/** How deep a JSON value nests, counted no further than `cap`: a hostile value cannot exhaust the stack here. */
export function valueDepth(value: unknown, cap: number, depth = 0): number {
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
export function checkInputDepth(literals: number, variables: Record<string, unknown> | undefined, max: number): void {
  const deepest = Math.max(literals, valueDepth(variables ?? {}, max + 2) - 1);
  if (deepest > max) {
    throw new LimitError(
      ErrorCode.INPUT_TOO_DEEP,
      `An argument's value is nested more than ${max} levels deep; at most ${max} are allowed.`,
      max,
    );
  }
}

/** The deepest value written in the document's arguments, counted no further than `cap`. */
export function deepestLiteral(document: DocumentNode, cap: number): number {
  let deepest = 0;
  visit(document, {
    Argument(node) {
      deepest = Math.max(deepest, literalDepth(node.value, cap));
    },
  });
  return deepest;
}
