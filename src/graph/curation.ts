import crypto from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import { ChangeKind, ChangeRequest, kindOfRequest } from './changes';
import { changeSteps, fail, type Applied } from './changeSteps';
import type { Graph } from './graph';
import type { ChangeFeed } from './feed';
import { ChangeRecord, lockChangeLog, recordChanges } from './history';
import { revertStep } from './revert';
import type { WriteScope } from './graph';

/**
 * Curators' writes. A change set is one write transaction: every change is checked against the model
 * before the transaction opens, then each reads what it needs, checks it and writes; on any error
 * nothing is written. The history of what committed is written in the same transaction.
 */
export interface AppliedChanges {
  /** Per change, what its mutation answers (an id, a count, a value). */
  results: Applied['result'][];
  records: ChangeRecord[];
}

/** A refusal of change `index` of a set, naming the change, the field and why. */
function inChange(err: unknown, index: number, kind: ChangeKind, total: number): unknown {
  if (!(err instanceof GraphQLError) || total === 1) return err;
  const field = `changes[${index}].${kind}.${err.extensions.field ?? ''}`.replace(/\.$/, '');
  return new GraphQLError(`changes[${index}] (${kind}): ${err.message}`, {
    extensions: { ...err.extensions, field, changeIndex: index },
  });
}

export class Curation {
  constructor(
    private readonly graph: Graph,
    private readonly feed?: ChangeFeed,
  ) {}

  /** Reverts one change (checked to be as it left its target), recording the revert. */
  async revert(author: string, seq: number): Promise<AppliedChanges> {
    return this.run(author, [{ kind: 'revert', run: revertStep(seq) }], seq);
  }

  /** Applies every change or none; `author` is the token's subject, recorded with each change. */
  async apply(author: string, requests: ChangeRequest[]): Promise<AppliedChanges> {
    if (requests.length === 0) throw fail(ErrorCode.BAD_USER_INPUT, 'changes', 'is empty; send at least one change');
    if (requests.length > 100)
      throw fail(ErrorCode.BAD_USER_INPUT, 'changes', `holds ${requests.length} changes; at most 100 go in one set`);
    const steps = requests.map((request, i) => {
      const kind = kindOfRequest(request as Record<string, unknown>);
      if (!kind)
        throw inChange(
          fail(ErrorCode.BAD_USER_INPUT, '', 'must name exactly one kind of change (createEntity, updateEntity, ...)'),
          i,
          'createEntity',
          2,
        );
      const input = (request as Record<string, unknown>)[kind];
      try {
        return { kind, run: changeSteps[kind](input as never) };
      } catch (err) {
        throw inChange(err, i, kind, requests.length);
      }
    });
    return this.run(author, steps);
  }

  private async run(
    author: string,
    steps: { kind: ChangeKind | 'revert'; run: (tx: WriteScope) => Promise<Applied> }[],
    revertOf?: number,
  ): Promise<AppliedChanges> {
    const changeSet = crypto.randomUUID();
    const done = await this.graph.writeAll(async (tx) => {
      const last = await lockChangeLog(tx);
      const applied: Applied[] = [];
      for (const [i, step] of steps.entries()) {
        try {
          applied.push(await step.run(tx));
        } catch (err) {
          throw step.kind === 'revert' ? err : inChange(err, i, step.kind, steps.length);
        }
      }
      const drafts = applied.map((a) => ({ ...a.draft, revertOf: revertOf ?? null }));
      return { results: applied.map((a) => a.result), records: await recordChanges(tx, last, author, changeSet, drafts) };
    });
    this.feed?.publish(done.records);
    return done;
  }
}
