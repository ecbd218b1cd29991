import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node';
import { factFieldsResolver } from './facts';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'An actor, director, executive or other person the paper names.' })
export class Person extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field(() => [String], { nullable: true, description: 'What the person does.' })
  roles?: string[];
}

export const PersonResolver = factFieldsResolver(Person, [
  { name: 'honours', type: 'HONOURED_AT', direction: 'OUT', description: 'Awards and honours.' },
]);
