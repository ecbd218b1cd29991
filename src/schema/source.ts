import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'Where facts come from: the paper (with its DOI) or general knowledge.',
})
export class Source extends Node {
  @Field({ description: 'Short name.' })
  name!: string;

  @Field({ nullable: true, description: 'paper or general-knowledge.' })
  kind?: string;

  @Field({ nullable: true, description: 'Full citation.' })
  citation?: string;

  @Field({ nullable: true, description: 'DOI.' })
  doi?: string;
}
