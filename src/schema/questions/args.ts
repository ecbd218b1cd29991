import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../server/context';
import type { Entity } from '../node';

/*
 * What the question fields share: the ids their arguments default to, and the argument checks. The
 * message names the argument, so a researcher sees what to change.
 */

export const HONG_KONG = 'region:hong-kong';
export const MAINLAND = 'region:mainland-china';

export const badInput = (argument: string, message: string): GraphQLError =>
  new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });

/** The entity an id argument names; NOT_FOUND when no node has the id, BAD_USER_INPUT when it has another type. */
export async function entityArg(ctx: RequestContext, argument: string, id: string, label?: string): Promise<Entity> {
  const entity = await ctx.store.node(id);
  if (!entity) {
    throw new GraphQLError(`${argument}: nothing in the graph has the id "${id}"`, { extensions: { code: 'NOT_FOUND', argument } });
  }
  if (label && entity.__label !== label) throw badInput(argument, `"${id}" is a ${entity.__label}, not a ${label}`);
  return entity;
}

/**
 * The answer once the argument checks pass. The question's statement starts with the checks rather
 * than after them, so it costs one round trip of waiting, not two; when a check fails, its error is
 * what the client sees (and the answer is dropped).
 */
export async function checkedAnswer<T>(checks: Promise<unknown>[], answer: Promise<T>): Promise<T> {
  const outcome = answer.then((value) => ({ value }), (error: unknown) => ({ error }));
  await Promise.all(checks);
  const settled = await outcome;
  if ('error' in settled) throw settled.error;
  return settled.value;
}

export const entitiesArg = (ctx: RequestContext, argument: string, ids: string[], label: string): Promise<Entity[]> =>
  Promise.all(ids.map((id) => entityArg(ctx, argument, id, label)));

export function isoDateArg(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const real = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!real) throw badInput(argument, `"${value}" is not a calendar date in the form YYYY-MM-DD`);
  return value;
}

export function rangeArg<T extends number | string>(from: T | null | undefined, to: T | null | undefined): void {
  if (from !== null && from !== undefined && to !== null && to !== undefined && from > to) {
    throw badInput('from', `${from} is after to (${to})`);
  }
}
