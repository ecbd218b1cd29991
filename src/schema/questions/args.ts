import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import type { Entity } from '../node';
import { ErrorCode } from '../../errors';

/*
 * What the question fields share: the ids their arguments default to, and the argument checks. The
 * message names the argument, so a researcher sees what to change.
 */

export const HONG_KONG = 'region:hong-kong';
export const MAINLAND = 'region:mainland-china';

export const badInput = (argument: string, message: string): GraphQLError =>
  new GraphQLError(`${argument}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });

/** The entity an id argument names; NOT_FOUND when no node has the id, BAD_USER_INPUT when it has another type. */
export async function entityArg(ctx: RequestContext, argument: string, id: string, label?: string): Promise<Entity> {
  const entity = await ctx.store.node(id);
  if (!entity) {
    throw new GraphQLError(`${argument}: nothing in the graph has the id "${id}"`, { extensions: { code: ErrorCode.NOT_FOUND, argument } });
  }
  if (label && entity.__label !== label) throw badInput(argument, `"${id}" is a ${entity.__label}, not a ${label}`);
  return entity;
}

/**
 * The answer, checked against its id arguments. Each question's statement finds its rows through the
 * entities its id arguments name, matched by label and id (see the cypher/ files of the callers), so a
 * non-empty answer shows the ids are good and needs no second statement. Only an empty answer runs the
 * checks: it may mean an id names nothing, which the client must hear as an error, not as "no data".
 */
export async function checkedAnswer<T>(answer: Promise<T[]>, checks: () => Promise<unknown>[]): Promise<T[]> {
  const rows = await answer;
  if (rows.length === 0) await Promise.all(checks());
  return rows;
}

export const entitiesArg = (ctx: RequestContext, argument: string, ids: string[], label: string): Promise<Entity[]> =>
  Promise.all(ids.map((id) => entityArg(ctx, argument, id, label)));

export function isoDateArg(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const real =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!real) throw badInput(argument, `"${value}" is not a calendar date in the form YYYY-MM-DD`);
  return value;
}

export function rangeArg<T extends number | string>(from: T | null | undefined, to: T | null | undefined): void {
  if (from !== null && from !== undefined && to !== null && to !== undefined && from > to) {
    throw badInput('from', `${from} is after to (${to})`);
  }
}
