import { Ctx, Field, FieldResolver, ID, InterfaceType, ObjectType, Resolver, Root } from 'type-graphql';
import type { Props, RegionTieRow } from '../../graph/questions';
import type { RequestContext } from '../context';
import { Entity, toEntity } from '../node';
import { Region } from '../region';
import { Source } from '../source';

/** An entity from a row's plain properties, typed by the label the question knows it has. */
export const entity = (label: string, props: Props): Entity => toEntity({ label, props });

@InterfaceType({
  description:
    'A fact the graph holds from a source: the source (the paper, or general knowledge for the few facts ' +
    'from outside it) and the locator, where in the source it stands.',
})
export abstract class CitedFact {
  @Field({ nullable: true, description: 'Where in the source the fact stands, e.g. "Table 1, 2022, rank 1" or a section of the paper.' })
  locator?: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: CitedFact,
  description: 'A region a work, person or party belongs to, and the fact that says so.',
})
export class RegionFact extends CitedFact {
  @Field(() => Region, { description: 'The region.' })
  region!: Entity;

  @Field({ nullable: true, description: 'A note on the fact.' })
  note?: string;
}

export const regionFact = (tie: RegionTieRow) => ({ ...tie.fact, region: entity('Region', tie.region) });

/**
 * Typed as the resolver of CitedFact so that every answer type implementing it gets its `source` from
 * here, through the request's node loader.
 */
@Resolver(() => CitedFact)
export class CitedFactResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'The Source the fact comes from: the paper, or general knowledge.' })
  source(@Root() fact: { source?: unknown }, @Ctx() ctx: RequestContext): Promise<Entity | null> | null {
    return typeof fact.source === 'string' ? ctx.store.node(fact.source) : null;
  }

  @FieldResolver(() => [ID], {
    description:
      "The ids of the Sources this fact's values come from: its own source; asked with `sources`, the listed sources " +
      "that answered, in the order listed (the citation, `source` and `locator`, stays the fact's own).",
  })
  sourceIds(@Root() fact: { source?: unknown; sourceIds?: string[] }): string[] {
    return fact.sourceIds ?? (typeof fact.source === 'string' ? [fact.source] : []);
  }
}
