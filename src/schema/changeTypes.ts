import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CHANGE_KINDS } from '../graph/changes';
import type { ChangeRecord } from '../graph/history';
import {
  CreateEntityInput,
  DeleteEntityInput,
  IncrementPropertyInput,
  LinkInput,
  UnlinkInput,
  UpdateEntityInput,
  UpdateLinkInput,
} from './curationInputs';

/** One change of a change set: exactly one of its fields (GraphQL 16 has no @oneOf, so curation checks it). */
@InputType({ description: 'One change of a change set; give exactly one of its fields.' })
export class ChangeInput {
  @Field(() => CreateEntityInput, { nullable: true, description: 'Creates an entity.' }) createEntity?: CreateEntityInput;
  @Field(() => UpdateEntityInput, { nullable: true, description: 'Sets and removes properties of an entity.' })
  updateEntity?: UpdateEntityInput;
  @Field(() => IncrementPropertyInput, { nullable: true, description: 'Adds to a whole-number property.' })
  incrementProperty?: IncrementPropertyInput;
  @Field(() => DeleteEntityInput, { nullable: true, description: 'Needs the admin role.' }) deleteEntity?: DeleteEntityInput;
  @Field(() => LinkInput, { nullable: true, description: 'Creates a relationship.' }) link?: LinkInput;
  @Field(() => UpdateLinkInput, { nullable: true, description: 'Sets and removes facts on a relationship.' }) updateLink?: UpdateLinkInput;
  @Field(() => UnlinkInput, { nullable: true, description: 'Deletes a relationship.' }) unlink?: UnlinkInput;
}

@ObjectType({ simpleResolvers: true, description: 'One committed change, as the history keeps it.' })
export class Change {
  @Field(() => Int, { description: "Its place in commit order: the feed's cursor (`changes(after:)`)." }) seq!: number;
  @Field({ description: 'When it committed (ISO 8601, UTC).' }) at!: string;
  @Field({ description: 'Who: the subject of the bearer token that sent it.' }) author!: string;
  @Field(() => ID, { description: 'The change set it was part of (changes sent together commit together).' }) changeSet!: string;
  @Field({ description: `What kind of change: ${CHANGE_KINDS.slice(0, -1).join(', ')} or ${CHANGE_KINDS.at(-1)}.` })
  op!: string;
  @Field({ description: '`entity` or `fact`.' }) targetKind!: string;
  @Field(() => ID, { description: "The entity's id, or the fact's id (type|from|to|key)." }) target!: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The entity or fact before (label or type, ends, properties); null for a creation.',
  })
  before?: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The entity or fact after; null for a deletion.' })
  after?: Record<string, unknown> | null;
  @Field(() => ID, { nullable: true, description: 'The Source the curator gave for the change.' }) source?: string | null;
  @Field(() => String, { nullable: true, description: 'Where in that source.' }) locator?: string | null;
  @Field(() => Int, { nullable: true, description: 'The change this one reverted, when it is a revert.' }) revertOf?: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A committed change set.' })
export class ChangeSetResult {
  @Field(() => ID, { description: 'Its id, which each of its changes carries.' }) changeSet!: string;
  @Field(() => [Change], { description: 'Its changes, in the order sent.' }) changes!: Change[];
}

@ObjectType({ simpleResolvers: true, description: 'A page of the feed of changes.' })
export class ChangePage {
  @Field(() => [Change], { description: 'Changes in commit order.' }) changes!: Change[];
  @Field(() => Int, { description: 'The last seq of this page (or the cursor given, when empty): pass it as `after` for the next.' })
  cursor!: number;
}

export const changeView = (r: ChangeRecord): Change => r as unknown as Change;
