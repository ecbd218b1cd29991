import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { guardStoredNumbers } from './storedValues';
import { toSubgraph } from './federation';
import { claimResolvers } from './claims';
import { FactResolver } from './fact';
import { NodeFactsResolver } from './facts';
import { ClaimIriResolver, FactIriResolver, NodeIriResolver } from './iri';
import { GraphStatsResolver } from './graphStats';
import { listResolvers } from './lists';
import { aggregateResolvers } from './aggregates';
import { CurationResolver } from './curation';
import { HistoryResolver } from './history';
import { LookupResolver, typedLookupResolvers } from './lookups';
import { SearchResolver } from './search';
import { MarketYearResolver } from './marketYear';
import { PersonResolver } from './person';
import { PlatformResolver } from './platform';
import { PolicyResolver } from './policy';
import { questionResolvers } from './questions';
import { NeighbourhoodResolver } from './neighbourhood';
import { RelationshipGroupsResolver } from './relationshipGroups';
import { RegionResolver } from './region';
import { FestivalResolver } from './festival';
import { StudioResolver } from './studio';
import { WorkResolver } from './work';
import { Agreement } from './agreement';
import { Source } from './source';

/**
 * Every resolver class of the API, one file per entity in this folder. Object types are declared with
 * `simpleResolvers: true` (type-graphql's performance advice for types returned in large lists): a field
 * without a resolver of its own then reads its property through graphql-js's default resolver, instead of
 * a wrapper that runs the (here empty) middleware chain for each of the thousands of fields in an answer.
 */
export const resolvers = [
  GraphStatsResolver,
  LookupResolver,
  ...typedLookupResolvers,
  ...listResolvers,
  ...aggregateResolvers,
  SearchResolver,
  NodeFactsResolver,
  NodeIriResolver,
  FactIriResolver,
  ClaimIriResolver,
  FactResolver,
  RegionResolver,
  WorkResolver,
  StudioResolver,
  PlatformResolver,
  PersonResolver,
  PolicyResolver,
  FestivalResolver,
  MarketYearResolver,
  CurationResolver,
  HistoryResolver,
  ...questionResolvers,
  NeighbourhoodResolver,
  RelationshipGroupsResolver,
  ...claimResolvers,
] as const;

/** Types no resolver names directly but that the Node interface can resolve to. */
export const orphanedTypes = [Agreement, Source];

/**
 * type-graphql insists on a PubSub once any subscription exists, even one that brings its own
 * `subscribe` (the history's changeCommitted reads the request's ChangeFeed); nothing calls this one.
 */
const NO_PUB_SUB = {
  publish: (): void => {
    throw new Error('subscriptions here read the ChangeFeed, not a PubSub');
  },
  subscribe: (): AsyncIterable<unknown> => {
    throw new Error('subscriptions here read the ChangeFeed, not a PubSub');
  },
};

/** The API's schema: type-graphql's, made an Apollo Federation v2 subgraph (see federation.ts). */
export async function buildGraphSchema(): Promise<GraphQLSchema> {
  // skipCheck lets type-graphql accept the federation directives, which the subgraph build checks.
  const schema = await buildSchema({
    resolvers,
    orphanedTypes,
    validate: false,
    emitSchemaFile: false,
    skipCheck: true,
    pubSub: NO_PUB_SUB,
  });
  return guardStoredNumbers(toSubgraph(schema));
}
