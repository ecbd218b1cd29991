import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from './node';
import { factFieldsResolver } from './facts';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A country, territory or city region (e.g. Hong Kong, Mainland China, Taiwan).',
})
export class Region extends Node {
  @Field({ description: 'English name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'COUNTRY, TERRITORY, CITY or CONTINENT.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

export const RegionResolver = factFieldsResolver(Region, [
  {
    name: 'imports',
    type: 'IMPORTED_FROM',
    direction: 'OUT',
    description: 'Where this region imported film and TV creative products from (Table 1): year, value, share, rank.',
  },
  { name: 'importedBy', type: 'IMPORTED_FROM', direction: 'IN', description: 'Regions that imported from this one.' },
  {
    name: 'exports',
    type: 'EXPORTED_TO',
    direction: 'OUT',
    description: 'Where this region exported film and TV creative products to (Table 8).',
  },
  { name: 'exportedBy', type: 'EXPORTED_TO', direction: 'IN', description: 'Regions that exported to this one.' },
  {
    name: 'releases',
    type: 'RELEASED_IN',
    direction: 'IN',
    description: 'Cinema releases in this region, with days, box office and admissions.',
  },
  { name: 'originatingWorks', type: 'ORIGINATES_FROM', direction: 'IN', description: 'Works that come from this region.' },
  { name: 'coProductions', type: 'CO_PRODUCED', direction: 'OUT', description: 'Works this region co-produced.' },
]);
