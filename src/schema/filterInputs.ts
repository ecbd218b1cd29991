import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import type { FactListFilterInput, FilterInput } from '../graph/filter';
import { MAX_RELATIONSHIP_DEPTH } from '../graph/relationshipFilter';
import { Direction } from './node';

/** The filter inputs: a list's EntityFilter with its relationship filters, and a fact list's FactListFilter. */

@InputType({ description: 'Keeps entities that have (or, under NOT, lack) a relationship of this type.' })
class HasRelationship {
  @Field({ description: 'Relationship type, e.g. CO_PRODUCED.' })
  type!: string;

  @Field(() => Direction, { defaultValue: Direction.OUT, description: 'OUT: the entity starts the relationship; IN: it ends it.' })
  direction!: Direction;
}

@InputType({
  description:
    "Which facts of a fact list to keep: tests on the relationship's own properties (`fact`) and on the node at its " +
    `other end (\`node\`, which may filter through its own relationships, at most ${MAX_RELATIONSHIP_DEPTH - 1} deep), ` +
    "as a relationship filter of the list's type and direction. Example, on region:hong-kong's `releases`, those of " +
    '2022 over HK$500,000 of works from the Mainland: `{ fact: { field: "year", eq: 2022, AND: [{ field: ' +
    '"boxOfficeHKD", gt: 500000 }] }, node: { some: { type: "ORIGINATES_FROM", node: { field: "id", eq: ' +
    '"region:mainland-china" } } } }`.',
})
export class FactListFilter implements FactListFilterInput {
  @Field({ nullable: true, description: 'Label of the node at the other end, e.g. Platform; by default any the model allows.' })
  label?: string;

  @Field(() => EntityFilter, {
    nullable: true,
    description: "Tests on the relationship's own properties, e.g. year, rating, boxOfficeHKD, timeSlot (no relationship tests).",
  })
  // Typed by the interface: EntityFilter is declared below, and decorator metadata would read it too early.
  fact?: FilterInput;

  @Field(() => EntityFilter, { nullable: true, description: 'Tests on the node at the other end: id, properties, its own relationships.' })
  node?: FilterInput;
}

@InputType({
  description:
    "A filter through relationships of one type and direction: tests on the relationship's own properties (`fact`) " +
    'and on the node at its other end (`node`, which may filter through its own relationships, at most ' +
    `${MAX_RELATIONSHIP_DEPTH} deep). Example, works released in Hong Kong in 2022 over HK$10 million: ` +
    '`{ type: "RELEASED_IN", node: { field: "id", eq: "region:hong-kong" }, fact: { field: "year", eq: 2022, ' +
    'AND: [{ field: "boxOfficeHKD", gt: 10000000 }] } }`.',
})
export class RelationshipFilter extends FactListFilter {
  @Field({ description: 'Relationship type, e.g. RELEASED_IN, AIRED_ON, ORIGINATES_FROM.' })
  type!: string;

  @Field(() => Direction, { defaultValue: Direction.OUT, description: 'OUT: the entity starts the relationship; IN: it ends it.' })
  direction!: Direction;
}

@InputType({
  description:
    'A filter on properties and relationships. Tests on one level all apply (AND); combine levels ' +
    'with AND, OR and NOT. Example: `{ field: "year", gte: 2020, AND: [{ field: "kind", eq: "FILM" }] }`.',
})
export class EntityFilter implements FilterInput {
  @Field(() => [EntityFilter], { nullable: true, description: 'All of these.' })
  AND?: EntityFilter[];

  @Field(() => [EntityFilter], { nullable: true, description: 'Any of these.' })
  OR?: EntityFilter[];

  @Field(() => EntityFilter, { nullable: true, description: 'Not this.' })
  NOT?: EntityFilter;

  @Field({ nullable: true, description: 'The property the tests on this level apply to, e.g. year, title, kind.' })
  field?: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Equal to.' })
  eq?: unknown;

  @Field(() => [GraphQLJSON], { nullable: true, description: 'Equal to one of.' })
  in?: unknown[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'Greater than (numbers; ISO dates compare as text).' })
  gt?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Greater than or equal to.' })
  gte?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Less than.' })
  lt?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Less than or equal to.' })
  lte?: unknown;

  @Field({ nullable: true, description: 'Contains this text, ignoring case (in a list: any element does).' })
  contains?: string;

  @Field({ nullable: true, description: 'A list property (genres, languages, aliases) has this element.' })
  includes?: string;

  @Field({ nullable: true, description: 'true: the property is present; false: the paper does not give it.' })
  exists?: boolean;

  @Field(() => HasRelationship, { nullable: true, description: 'Has a relationship of a type.' })
  hasRelationship?: HasRelationship;

  @Field(() => RelationshipFilter, { nullable: true, description: 'At least one relationship of the type passes its tests.' })
  some?: RelationshipFilter;

  @Field(() => RelationshipFilter, { nullable: true, description: 'No relationship of the type passes its tests.' })
  none?: RelationshipFilter;

  @Field(() => RelationshipFilter, {
    nullable: true,
    description: 'Every relationship of the type passes its tests (true when the entity has none, as in @neo4j/graphql).',
  })
  all?: RelationshipFilter;
}
