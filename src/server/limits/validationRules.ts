/** The budgets checked as GraphQL validation rules: depth, aliases and operations of a document. */
import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ErrorCode } from '../../errors';
import { LimitError } from './limitError';

export const isIntrospection = (name: string): boolean => name.startsWith('__');

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
        context.reportError(
          new LimitError(ErrorCode.QUERY_TOO_DEEP, `The query is ${depth} levels deep; at most ${max} are allowed.`, max, depth),
        );
      }
    },
  });
}

function aliasRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node: FieldNode) {
        if (node.alias) aliases++;
      },
      Document: {
        leave() {
          if (aliases > max)
            context.reportError(
              new LimitError(ErrorCode.TOO_MANY_ALIASES, `The document uses ${aliases} aliases; at most ${max} are allowed.`, max, aliases),
            );
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
        context.reportError(
          new LimitError(
            ErrorCode.TOO_MANY_OPERATIONS,
            `The document holds ${operations} operations; at most ${max} are allowed.`,
            max,
            operations,
          ),
        );
      }
    },
  });
}

/**
 * One mutation field per operation. Each mutation field is its own transaction, so a second field
 * failing would leave the first committed; edits that belong together go in one `applyChanges`, which
 * is one transaction. (A request-wide transaction would not do: the fields' answers are read after
 * each write, outside any transaction the request could hold open.)
 */
function oneMutationRule(): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      const fields = node.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && !isIntrospection(s.name.value));
      const fragments = node.selectionSet.selections.length - fields.length;
      if (fields.length + fragments <= 1) return;
      const names = fields.map((f) => f.alias?.value ?? f.name.value).join(', ');
      context.reportError(
        new LimitError(
          ErrorCode.BAD_USER_INPUT,
          `mutation: a request may hold one mutation field, so that it commits whole or not at all; it holds ${fields.length + fragments} (${names}). Send edits that belong together as one applyChanges.`,
          1,
          fields.length + fragments,
        ),
      );
    },
  });
}

/** The document budgets as validation rules, in the order Apollo runs them. */
export const limitRules = (max: { depth: number; aliases: number; operations: number }): ValidationRule[] => [
  depthRule(max.depth),
  aliasRule(max.aliases),
  operationRule(max.operations),
  oneMutationRule(),
];
