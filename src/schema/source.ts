import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'Where facts come from: the paper (with its DOI), general knowledge, or a source that a footnote of the paper names ' +
    '(cited by the paper, not read by this project).',
})
export class Source extends Node {
  @Field({ description: 'Short name.' })
  name!: string;

  @Field({ nullable: true, description: 'paper, general-knowledge or footnote.' })
  kind?: string;

  @Field({ nullable: true, description: 'Full citation.' })
  citation?: string;

  @Field({ nullable: true, description: 'DOI.' })
  doi?: string;
}
