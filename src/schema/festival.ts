import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node';
import { factFieldsResolver } from './facts';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A festival, market, award or exhibition. Edition facts are on its relationships.',
})
export class Festival extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'Kind.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

export const FestivalResolver = factFieldsResolver(Festival, [
  { name: 'screenings', type: 'SCREENED_AT', direction: 'IN', description: 'Works screened, with year, edition and slot.' },
  { name: 'honours', type: 'HONOURED_AT', direction: 'IN', description: 'People and works honoured, with award, year and edition.' },
]);
