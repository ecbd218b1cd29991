import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { entitiesResolver } from '@apollo/subgraph/dist/types';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLError, GraphQLResolveInfo, GraphQLSchema, isObjectType, isUnionType, parse } from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { Entity } from '../graph/entity';
import { LABEL_PREFIX } from '../model';
import type { RequestContext } from './context';
import { nodeTypeOf } from './node';
import { entityChain, entityReads } from './selection';
import { ErrorCode } from '../errors';

/**
 * Makes the type-graphql schema an Apollo Federation v2 subgraph, as type-graphql's
 * apollo-federation-2 example does: every entity type has `@key(fields: "id")`, so other research
 * graphs can join on our ids. A gateway's batch of representations resolves through the request's
 * node loader, so 200 representations cost one statement, not 200.
 */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])`;

type ResolveReference = (reference: { id: string }, ctx: RequestContext, info: GraphQLResolveInfo) => Promise<Entity | null>;

/**
 * Each entity type's `__resolveReference`, through the node loader with the properties the `_entities`
 * selection reads. (Apollo calls it with the reference, the context and the info; GraphQLResolverMap
 * types it as a field resolver, hence the map's own type.)
 */
function referenceResolvers(): Record<string, { __resolveReference: ResolveReference }> {
  const map: Record<string, { __resolveReference: ResolveReference }> = {};
  for (const label of Object.keys(LABEL_PREFIX)) {
    map[label] = {
      __resolveReference: async (reference, ctx, info) => {
        const entity = await ctx.store.node(reference.id, entityReads(info), entityChain(info));
        return entity && entity.__label === label ? entity : null;
      },
    };
  }
  return map;
}

/** A value as a short text for an error message: representations come from outside and may be large. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}

const badRepresentation = (index: number, field: string | null, message: string): GraphQLError =>
  new GraphQLError(`representations[${index}]${field ? `.${field}` : ''}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'representations', index, ...(field ? { field } : {}) },
  });

/** What is wrong with one representation, or null when it names an entity type and carries a string id. */
function representationProblem(rep: unknown, index: number, entityTypes: string[]): GraphQLError | null {
  if (typeof rep !== 'object' || rep === null || Array.isArray(rep)) {
    return badRepresentation(
      index,
      null,
      `must be an object such as {"__typename": "Work", "id": "work:infernal-affairs"}, got ${shown(rep)}`,
    );
  }
  const { __typename: typename, id } = rep as Record<string, unknown>;
  if (typeof typename !== 'string' || !entityTypes.includes(typename)) {
    const wrong = typename === undefined ? 'is missing' : `${shown(typename)} is not an entity type of this graph`;
    return badRepresentation(index, '__typename', `${wrong}; expected one of ${entityTypes.join(', ')}`);
  }
  if (id === undefined) return badRepresentation(index, 'id', `is missing; a ${typename} is looked up by its id`);
  if (typeof id !== 'string') return badRepresentation(index, 'id', `must be a string, got ${shown(id)}`);
  return null;
}

/**
 * Query._entities in place of @apollo/subgraph's, which answers a malformed representation with an
 * internal error, and an unknown __typename by losing the whole list. Here each malformed representation
 * is a BAD_USER_INPUT error at its own index (graphql-js reports an Error returned as a list item there),
 * and the well-formed ones beside it still resolve, through the library's own resolver.
 */
function entities(_root: unknown, args: { representations: unknown[] }, context: unknown, info: GraphQLResolveInfo): unknown[] {
  const union = info.schema.getType('_Entity');
  const entityTypes = isUnionType(union)
    ? union
        .getTypes()
        .map((t) => t.name)
        .sort()
    : [];
  return args.representations.map(
    (rep, index) => representationProblem(rep, index, entityTypes) ?? entitiesResolver({ representations: [rep], context, info })[0],
  );
}

function merge(a: Record<string, any>, b: Record<string, any>): Record<string, any> {
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = key in out ? { ...out[key], ...value } : value;
  return out;
}

export function toSubgraph(schema: GraphQLSchema): GraphQLSchema {
  return withRelationships(
    schema,
    buildSubgraphSchema({
      typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
      // Resolvers given here are added after the library's own, so this _entities replaces it.
      // Node's type is resolved here again, synchronously: type-graphql wraps every resolveType in an async
      // function, which makes graphql-js complete each Node value (a thousand in a nested answer) through a promise.
      resolvers: merge(merge(createResolversMap(schema), referenceResolvers()), {
        Query: { _entities: entities },
        Node: { __resolveType: nodeTypeOf },
      }) as GraphQLResolverMap<unknown>,
    }),
  );
}

/**
 * The relationship each fact field lists (src/schema/facts.ts declares it as a field extension, which
 * src/schema/selection.ts reads), carried over to the subgraph: the printed SDL has no extensions.
 */
function withRelationships(from: GraphQLSchema, to: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(from.getTypeMap())) {
    const target = to.getType(type.name);
    if (!isObjectType(type) || !isObjectType(target)) continue;
    for (const field of Object.values(type.getFields())) {
      const relationship = field.extensions.relationship;
      const copy = target.getFields()[field.name];
      if (relationship && copy) copy.extensions = { ...copy.extensions, relationship };
    }
  }
  return to;
}
