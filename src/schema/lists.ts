import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { Arg, ClassType, Ctx, Field, Info, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Entity } from '../graph/entity';
import type { RequestContext } from './context';
import { EntityFilter } from './filterInputs';
import { Agreement } from './agreement';
import { Festival } from './festival';
import { MarketYear } from './marketYear';
import { Person } from './person';
import { Platform } from './platform';
import { Policy } from './policy';
import { Region } from './region';
import { pageNodeReads } from './selection';
import { Source } from './source';
import { Studio } from './studio';
import { Work } from './work';
import { ErrorCode } from '../errors';

export { EntityFilter, RelationshipFilter } from './filterInputs';

export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'ASC: smallest first; DESC: largest first.' });

@InputType({ description: 'Sort order of a list.' })
export class EntityOrder {
  @Field({ defaultValue: 'id', description: 'The property to sort by, e.g. title, year, name.' })
  field!: string;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'ASC or DESC.' })
  direction!: SortDirection;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page stands in its list (Relay).' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field({ nullable: true }) startCursor?: string;
  @Field({ nullable: true }) endCursor?: string;
}

export interface ConnectionValue {
  edges: { cursor: string; node: Entity }[];
  nodes: Entity[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for one entity type: edges with cursors, nodes, pageInfo and totalCount. */
function connectionOf(type: ClassType, name: string): ClassType {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `A ${name} in a list, with its cursor.` })
  class Edge {
    @Field() cursor!: string;
    @Field(() => type) node!: Entity;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} entities.` })
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [type], { description: "The page's entities, without cursors." }) nodes!: Entity[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many entities match the filter, over all pages.' }) totalCount!: number;
  }
  return Connection;
}

const encodeCursor = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | undefined | null): number {
  if (cursor === undefined || cursor === null) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new GraphQLError(`after: "${cursor}" is not a cursor this list gave out`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  return Number(match[1]) + 1;
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, maxPageSize: MAX_PAGE_SIZE },
    });
  }
}

async function page(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  label: string,
  args: { filter?: EntityFilter; orderBy?: EntityOrder; first: number; after?: string },
): Promise<ConnectionValue> {
  checkPageSize(args.first);
  const offset = decodeCursor(args.after);
  const { total, entities } = await ctx.store.entityPage(label, {
    filter: args.filter,
    sortField: args.orderBy?.field ?? 'id',
    descending: args.orderBy?.direction === SortDirection.DESC,
    offset,
    limit: args.first,
    properties: pageNodeReads(info),
  });
  const edges = entities.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    nodes: entities,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + entities.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor,
      endCursor: edges[edges.length - 1]?.cursor,
    },
  };
}

const filterArg = { nullable: true, description: 'Which entities to keep.' };
const orderArg = { nullable: true, description: 'Sort order; ties break on id.' };
const firstArg = { defaultValue: 20, description: `Page size, at most ${MAX_PAGE_SIZE}.` };
const afterArg = { nullable: true, description: 'Cursor of the last entity of the previous page.' };

/**
 * A resolver with one list field for one entity type: a Relay connection, filtered, sorted and paged
 * in Neo4j. Made once per type below, as type-graphql's examples make generic resolvers.
 */
function listResolver(type: ClassType, label: string, field: string, description: string): ClassType {
  const Connection = connectionOf(type, label);

  @Resolver()
  class ListResolver {
    @Query(() => Connection, { name: field, description, nullable: true })
    list(
      @Ctx() ctx: RequestContext,
      @Info() info: GraphQLResolveInfo,
      @Arg('filter', () => EntityFilter, filterArg) filter?: EntityFilter,
      @Arg('orderBy', () => EntityOrder, orderArg) orderBy?: EntityOrder,
      @Arg('first', () => Int, firstArg) first = 20,
      @Arg('after', () => String, afterArg) after?: string,
    ): Promise<ConnectionValue> {
      return page(ctx, info, label, { filter, orderBy, first, after });
    }
  }
  return ListResolver;
}

/** The lists: entity type, label, field and description; one Relay connection each, and one aggregate (src/schema/aggregates.ts). */
export const LISTS: { type: ClassType; label: string; field: string; description: string }[] = [
  { type: Work, label: 'Work', field: 'works', description: 'Films, dramas, animation, documentaries and other works.' },
  { type: Region, label: 'Region', field: 'regions', description: 'Countries, territories and regions.' },
  { type: Studio, label: 'Studio', field: 'studios', description: 'Companies and public bodies.' },
  { type: Platform, label: 'Platform', field: 'platforms', description: 'TV channels, streaming services and apps.' },
  { type: Person, label: 'Person', field: 'people', description: 'People the paper names.' },
  { type: Policy, label: 'Policy', field: 'policies', description: 'Laws, agreements, funds, schemes and initiatives.' },
  { type: Festival, label: 'Festival', field: 'festivals', description: 'Festivals, markets, awards and exhibitions.' },
  { type: Source, label: 'Source', field: 'sources', description: 'Sources of facts.' },
  { type: MarketYear, label: 'MarketYear', field: 'marketYears', description: "Markets' and platforms' yearly facts." },
  { type: Agreement, label: 'Agreement', field: 'agreements', description: 'Agreements between companies.' },
];

export const listResolvers = LISTS.map(({ type, label, field, description }) => listResolver(type, label, field, description));
