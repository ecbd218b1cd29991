import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node';
import { factFieldsResolver } from './facts';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A company or public body that makes, buys, funds, broadcasts or streams works.',
})
export class Studio extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'e.g. PRODUCTION_COMPANY, BROADCASTER, STREAMER, GOVERNMENT_BODY.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

export const StudioResolver = factFieldsResolver(Studio, [
  { name: 'coProductions', type: 'CO_PRODUCED', direction: 'OUT', description: 'Works the studio co-produced.' },
  { name: 'operates', type: 'OPERATES', direction: 'OUT', description: 'Platforms the studio operates.' },
  { name: 'enabledBy', type: 'ENABLED_BY', direction: 'OUT', description: 'Policies that enabled or funded the studio.' },
]);
