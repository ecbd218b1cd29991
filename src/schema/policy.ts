import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from './node';
import { factFieldsResolver } from './facts';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A law, agreement, amendment, fund, scheme or government initiative.' })
export class Policy extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'Kind of policy.' })
  kind?: string;

  @Field({ nullable: true, description: 'Date it took effect (ISO).' })
  effectiveDate?: string;

  @Field(() => Int, {
    nullable: true,
    description: "Year it took effect; with an effective date, that date's year (seed validation holds the two together).",
  })
  effectiveYear?: number;

  @Field(() => Int, { nullable: true, description: 'Year it was announced, where the paper gives that rather than when it took effect.' })
  announcedYear?: number;

  @Field(() => Int, { nullable: true, description: 'Year it was set up.' })
  establishedYear?: number;

  @Field(() => Float, { nullable: true, description: 'Amount in HK$.' })
  amountHKD?: number;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

export const PolicyResolver = factFieldsResolver(Policy, [
  {
    name: 'enables',
    type: 'ENABLED_BY',
    direction: 'IN',
    description: 'Works, studios, platforms and policies this policy enabled or funded.',
  },
  { name: 'enabledBy', type: 'ENABLED_BY', direction: 'OUT', description: 'Policies this one builds on.' },
]);
