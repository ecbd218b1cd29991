import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'Where facts come from: the paper (with its DOI), general knowledge, a source that a footnote of the paper names ' +
    '(cited by the paper, not read by this project), or a publisher read since (news, trade press, an encyclopedia).',
})
export class Source extends Node {
  @Field({ description: 'Short name.' })
  name!: string;

  @Field({
    nullable: true,
    description:
      'What kind of source: a lower-case word such as paper, general-knowledge, footnote, news, trade-press, essay or encyclopedia.',
  })
  kind?: string;

  @Field({ nullable: true, description: 'Full citation.' })
  citation?: string;

  @Field({ nullable: true, description: 'DOI.' })
  doi?: string;

  @Field({ nullable: true, description: 'Address where the source can be read.' })
  url?: string;

  @Field({ nullable: true, description: 'Who published it, e.g. Deadline.' })
  publisher?: string;

  @Field({ nullable: true, description: 'When it was published, as precisely as it says: YYYY-MM or YYYY.' })
  published?: string;

  @Field({ nullable: true, description: 'When a changing source (a wiki) was read, as precisely as known.' })
  accessed?: string;
}
