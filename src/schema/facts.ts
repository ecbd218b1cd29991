import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Arg, ClassType, Ctx, Extensions, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { FactListFilterInput, factListFilter } from '../graph/filter';
import type { RelationshipKey, RelationshipRow } from '../graph/loaders';
import type { RequestContext } from './context';
import { Fact, FactValue, toFact } from './fact';
import { FactListFilter } from './filterInputs';
import { Direction, Entity, Node } from './node';
import { deeperSteps, factReads } from './selection';

/**
 * Facts made from the loader's rows, once per rows array: a studio under thirty works of a nested answer
 * has its platforms' facts made once, not thirty times. Weakly held, so they go with the request's loader.
 */
const factsOfRows = new WeakMap<readonly RelationshipRow[], FactValue[]>();

/**
 * The facts of one relationship type at one end of a node, through the request's loader, with the
 * properties the field's selection reads (the loader adds those facts are ordered by, the year among them).
 */
export async function factsOf(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  node: Entity,
  type: string,
  direction: 'OUT' | 'IN',
  filter: { year?: number; filter?: FactListFilterInput | null } = {},
): Promise<FactValue[]> {
  // A year filter drops facts after loading, so the levels below are loaded only for the ends it keeps; a fact
  // list's filter is tested in Neo4j, in a statement of its own shape (src/graph/statements/relationshipsOfType.ts).
  const deeper = (filter.year === undefined || filter.year === null) && !filter.filter ? deeperSteps(info) : undefined;
  const tested = filter.filter ? await testedFilter(ctx, info, node.__label, type, direction, filter.filter) : undefined;
  const rows = await ctx.loaders.relationships.load({ id: node.id, type, direction, reads: factReads(info), deeper, filter: tested });
  let facts = factsOfRows.get(rows);
  if (!facts) factsOfRows.set(rows, (facts = rows.map(toFact)));
  return filter.year === undefined || filter.year === null ? facts : facts.filter((f) => f.year === filter.year);
}

/** Per request, per field node and parent label: the fact list filter translated and its property names checked. */
const testedFilters = new WeakMap<RequestContext, WeakMap<FieldNode, Map<string, Promise<RelationshipKey['filter']>>>>();

/**
 * A fact list's filter as the loader takes it. Within one request a field's arguments are the same for every
 * parent, so it is translated and checked once per field and label, not once per parent of a long list.
 */
function testedFilter(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  label: string,
  type: string,
  direction: 'OUT' | 'IN',
  input: FactListFilterInput,
): Promise<RelationshipKey['filter']> {
  let byField = testedFilters.get(ctx);
  if (!byField) testedFilters.set(ctx, (byField = new WeakMap()));
  let byLabel = byField.get(info.fieldNodes[0]);
  if (!byLabel) byField.set(info.fieldNodes[0], (byLabel = new Map()));
  let tested = byLabel.get(label);
  if (!tested) {
    tested = (async () => {
      const { shape, params, fields } = factListFilter(label, type, direction, input);
      await ctx.store.graph.propertyKeys.check(ctx.store.graph, fields);
      return { shape, params };
    })();
    byLabel.set(label, tested);
  }
  return tested;
}

const FILTER_DESCRIPTION =
  "Only facts that pass these tests, on the relationship's own properties and on the node at its other end " +
  '(tested in Neo4j, the values as parameters).';

/** Fields every node has, whatever its type: any relationship by type, and its citations. */
@Resolver(() => Node)
export class NodeFactsResolver {
  @FieldResolver(() => [Fact], {
    description:
      'Relationships of one type at this node, e.g. `facts(type: "BASED_IN", direction: OUT)`; ' +
      'reaches the types that have no field of their own.',
  })
  facts(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('type', { description: 'Relationship type, e.g. AIRED_ON or HAILS_FROM.' }) type: string,
    @Arg('direction', () => Direction, { defaultValue: Direction.OUT }) direction: Direction,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => FactListFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter?: FactListFilter,
  ): Promise<FactValue[]> {
    return factsOf(ctx, info, node, type, direction, { filter });
  }

  @FieldResolver(() => [Fact], { description: 'Where the paper (or general knowledge) states this entity: source and locator.' })
  citations(@Root() node: Entity, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<FactValue[]> {
    return factsOf(ctx, info, node, 'CITED_IN', 'OUT');
  }
}

/** A field of an entity type that lists the facts of one relationship type in one direction. */
export interface FactField {
  name: string;
  type: string;
  direction: 'OUT' | 'IN';
  description: string;
}

/**
 * A resolver adding relationship fields to one entity type, each with optional `year` and `filter` arguments.
 * The fields differ only in name, type and direction, so they are declared as data and decorated
 * here, the way the decorators would apply them to hand-written methods.
 */
export function factFieldsResolver(of: ClassType, fields: FactField[]): ClassType {
  @Resolver(() => of)
  class FactFields {}
  for (const field of fields) {
    const proto = FactFields.prototype as unknown as Record<string, unknown>;
    proto[field.name] = (
      node: Entity,
      ctx: RequestContext,
      year: number | undefined,
      info: GraphQLResolveInfo,
      filter: FactListFilter | undefined,
    ) => factsOf(ctx, info, node, field.type, field.direction, { year, filter });
    Reflect.defineMetadata('design:paramtypes', [Object, Object, Number, Object, FactListFilter], proto, field.name);
    Reflect.defineMetadata('design:returntype', Promise, proto, field.name);
    Root()(proto, field.name, 0);
    Ctx()(proto, field.name, 1);
    Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' })(proto, field.name, 2);
    Info()(proto, field.name, 3);
    Arg('filter', () => FactListFilter, { nullable: true, description: FILTER_DESCRIPTION })(proto, field.name, 4);
    const descriptor = Object.getOwnPropertyDescriptor(proto, field.name)!;
    // Read by src/schema/selection.ts: a query selecting this field below another can load both in one statement.
    Extensions({ relationship: { type: field.type, direction: field.direction } })(proto, field.name, descriptor);
    FieldResolver(() => [Fact], { description: field.description })(proto, field.name, descriptor);
  }
  return FactFields;
}
