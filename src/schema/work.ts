import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { CLASSIFICATIONS, listed, WORK_KINDS } from '../model';
import { Node } from './node';
import { factFieldsResolver } from './facts';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A film, TV drama, animation, documentary or other programme.' })
export class Work extends Node {
  @Field({ description: 'English title.' })
  title!: string;

  @Field({ nullable: true, description: 'Chinese title as the paper prints it.' })
  titleZh?: string;

  @Field({ nullable: true, description: `${listed(WORK_KINDS)}.` })
  kind?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of the work (from general knowledge where the paper gives none; see properties.yearSource).',
  })
  year?: number;

  @Field({ nullable: true, description: 'Release date (ISO).' })
  releaseDate?: string;

  @Field(() => Int, { nullable: true, description: 'Length in minutes.' })
  runtimeMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Number of episodes.' })
  episodes?: number;

  @Field(() => [String], { nullable: true, description: 'Genres as the paper lists them.' })
  genres?: string[];

  @Field(() => [String], { nullable: true, description: 'Languages.' })
  languages?: string[];

  @Field({ nullable: true, description: `Hong Kong classification: ${listed(CLASSIFICATIONS)}.` })
  classification?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

export const WorkResolver = factFieldsResolver(Work, [
  {
    name: 'airings',
    type: 'AIRED_ON',
    direction: 'OUT',
    description: 'Where and when the work aired: platform, dates, time slot, episodes, rating, acquisition.',
  },
  {
    name: 'releases',
    type: 'RELEASED_IN',
    direction: 'OUT',
    description: 'Cinema releases: region, dates, days, box office, admissions, rank.',
  },
  { name: 'origins', type: 'ORIGINATES_FROM', direction: 'OUT', description: 'Regions the work comes from.' },
  { name: 'coProducers', type: 'CO_PRODUCED', direction: 'IN', description: 'Studios and regions that co-produced the work.' },
  { name: 'remadeAs', type: 'REMADE_AS', direction: 'OUT', description: 'Remakes of this work.' },
  { name: 'remakeOf', type: 'REMADE_AS', direction: 'IN', description: 'The work this one remakes.' },
  { name: 'enabledBy', type: 'ENABLED_BY', direction: 'OUT', description: 'Policies that enabled or funded the work.' },
  { name: 'screenings', type: 'SCREENED_AT', direction: 'OUT', description: 'Festival screenings.' },
  { name: 'honours', type: 'HONOURED_AT', direction: 'OUT', description: 'Awards and honours.' },
]);
