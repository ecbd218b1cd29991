import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LABELS } from '../model';

/** The inputs of curators' writes, shared by the single mutations and the change set (changeTypes.ts). */

/** The model's labels as a GraphQL enum, each value the label itself (src/model/labels.ts is their one home). */
const EntityLabel: Record<string, string> = Object.fromEntries(LABELS.map((label) => [label, label]));
registerEnumType(EntityLabel, { name: 'EntityLabel', description: 'The entity labels of the graph.' });

@InputType({ description: 'A new entity, with the source that states it.' })
export class CreateEntityInput {
  @Field(() => EntityLabel, { description: 'Its label.' }) label!: string;
  @Field(() => ID, { description: 'Its id, `<type>:<kebab-case-slug>` with the prefix of its label.' }) id!: string;
  @Field(() => GraphQLJSONObject, { description: 'Its properties; `name` (or `title` for a Work) is required.' }) properties!: Record<
    string,
    unknown
  >;
  @Field(() => ID, { description: 'The Source that states it, e.g. source:paper.' }) source!: string;
  @Field({ description: 'Where in the source, e.g. "Table 7, row 3".' }) locator!: string;
}

@InputType({ description: 'Names one relationship: its type, its ends and its key.' })
export class LinkKeyInput {
  @Field({ description: 'Relationship type, e.g. AIRED_ON.' }) type!: string;
  @Field(() => ID, { description: 'Id of the start node.' }) from!: string;
  @Field(() => ID, { description: 'Id of the end node.' }) to!: string;
  @Field({ nullable: true, description: 'Tells apart relationships of one type between the same nodes, e.g. a year.' }) key?: string;
}

@InputType({ description: 'A new relationship with its facts and the source that states it.' })
export class LinkInput extends LinkKeyInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its facts, e.g. {"year": 2022, "rating": 23}.' }) properties?: Record<
    string,
    unknown
  >;
  @Field(() => ID, { description: 'The Source that states it.' }) source!: string;
  @Field({ description: 'Where in the source.' }) locator!: string;
}

const citationNote = 'Where this correction comes from (optional; recorded in the history with the change).';

@InputType({ description: 'Sets and removes properties of an entity.' })
export class UpdateEntityInput {
  @Field(() => ID, { description: 'The entity.' }) id!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Properties to set (added or replaced).' }) set?: Record<string, unknown>;
  @Field(() => [String], { nullable: true, description: 'Properties to remove.' }) remove?: string[];
  @Field(() => ID, { nullable: true, description: citationNote }) source?: string;
  @Field({ nullable: true, description: 'Where in that source.' }) locator?: string;
}

@InputType({ description: 'Adds to a whole-number property of an entity.' })
export class IncrementPropertyInput {
  @Field(() => ID, { description: 'The entity.' }) id!: string;
  @Field({ description: 'A whole-number property, e.g. episodes.' }) property!: string;
  @Field(() => Int, { defaultValue: 1, description: 'How much to add; negative subtracts.' }) by!: number;
  @Field(() => ID, { nullable: true, description: citationNote }) source?: string;
  @Field({ nullable: true, description: 'Where in that source.' }) locator?: string;
}

@InputType({ description: 'Deletes an entity and its relationships (admin role).' })
export class DeleteEntityInput {
  @Field(() => ID, { description: 'The entity.' }) id!: string;
  @Field(() => ID, { nullable: true, description: citationNote }) source?: string;
  @Field({ nullable: true, description: 'Where in that source.' }) locator?: string;
}

@InputType({ description: 'Sets and removes facts on a relationship.' })
export class UpdateLinkInput {
  @Field(() => LinkKeyInput, { description: 'The relationship.' }) link!: LinkKeyInput;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Facts to set (added or replaced).' }) set?: Record<string, unknown>;
  @Field(() => [String], { nullable: true, description: 'Facts to remove.' }) remove?: string[];
  @Field(() => ID, { nullable: true, description: citationNote }) source?: string;
  @Field({ nullable: true, description: 'Where in that source.' }) locator?: string;
}

@InputType({ description: 'Deletes a relationship.' })
export class UnlinkInput {
  @Field(() => LinkKeyInput, { description: 'The relationship.' }) link!: LinkKeyInput;
  @Field(() => ID, { nullable: true, description: citationNote }) source?: string;
  @Field({ nullable: true, description: 'Where in that source.' }) locator?: string;
}
