import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'An agreement between companies, with its date and amount where the paper gives them.',
})
export class Agreement extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Kind.' })
  kind?: string;

  @Field(() => Int, { nullable: true, description: 'Year.' })
  year?: number;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}
