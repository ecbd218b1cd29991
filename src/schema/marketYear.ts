import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node';
import { factFieldsResolver } from './facts';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "One year's aggregate facts on a market or platform (Tables 2, 3 and 6), e.g. Hong Kong cinema in 2022.",
})
export class MarketYear extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The year.' })
  year?: number;

  @Field({ nullable: true, description: 'Kind of market.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

export const MarketYearResolver = factFieldsResolver(MarketYear, [
  { name: 'subject', type: 'FACTS_FOR', direction: 'OUT', description: 'The region, platform or studio the facts describe.' },
]);
