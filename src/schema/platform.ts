import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node';
import { factFieldsResolver } from './facts';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A TV channel, streaming service or app.' })
export class Platform extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'TV_CHANNEL, STREAMING_SERVICE, APP or SOCIAL_MEDIA.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

export const PlatformResolver = factFieldsResolver(Platform, [
  { name: 'airings', type: 'AIRED_ON', direction: 'IN', description: 'Works aired on the platform.' },
  { name: 'operators', type: 'OPERATES', direction: 'IN', description: 'Who operates the platform.' },
  { name: 'enabledBy', type: 'ENABLED_BY', direction: 'OUT', description: 'Policies that enabled the platform.' },
]);
