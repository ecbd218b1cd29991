import { Arg, Ctx, Field, ID, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import type { RequestContext } from '../context';
import { Festival } from '../festival';
import { Entity, Node } from '../node';
import { checkedAnswer, entityArg, HONG_KONG } from './args';
import { CitedFact, entity, RegionFact, regionFact } from './citedFact';
import { rowsFromSources, sourcesArgOptions } from '../sources';

enum FestivalRecordKind {
  SCREENING = 'SCREENING',
  HONOUR = 'HONOUR',
}
registerEnumType(FestivalRecordKind, {
  name: 'FestivalRecordKind',
  description: 'Whether a festival record is a screening or an honour.',
  valuesConfig: {
    SCREENING: { description: 'A work screened at the festival (SCREENED_AT).' },
    HONOUR: { description: 'A work or person honoured there (HONOURED_AT).' },
  },
});

@ObjectType({ simpleResolvers: true, implements: CitedFact, description: 'A screening or honour at a festival, market or award.' })
export class FestivalRecord extends CitedFact {
  @Field(() => FestivalRecordKind, { description: 'A screening or an honour.' })
  kind!: FestivalRecordKind;

  @Field(() => Festival, { description: 'The festival, market or award.' })
  festival!: Entity;

  @Field(() => Node, { description: 'The work screened or honoured, or the person honoured.' })
  subject!: Entity;

  @Field(() => RegionFact, {
    description: 'Why the subject counts for the region: the work originates from it, or the person hails from it.',
  })
  origin!: object;

  @Field(() => Int, { nullable: true, description: 'The year of the screening or honour.' })
  year?: number;

  @Field(() => Int, { nullable: true, description: 'Edition (ordinal), e.g. 26 for the 26th.' })
  edition?: number;

  @Field({ nullable: true, description: 'e.g. "closing film".' })
  slot?: string;

  @Field({ nullable: true, description: 'The award.' })
  award?: string;

  @Field({ nullable: true, description: 'What the paper leaves open, e.g. an edition it does not give.' })
  note?: string;
}

/** Question 9: a region's screenings and honours at festivals, markets and awards. */
@Resolver()
export class FestivalRecordResolver {
  @Query(() => [FestivalRecord], {
    description:
      'Question 9. Festivals, markets and awards that screened works from a region or honoured its people, ' +
      'with year, edition, slot and award.',
  })
  async festivalRecords(
    @Ctx() ctx: RequestContext,
    @Arg('regionId', () => ID, { defaultValue: HONG_KONG, description: 'Where the works come from, or the people hail from.' })
    regionId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year?: number,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    const rows = await checkedAnswer(questionsData.festivalRecords(ctx.store.graph, regionId, year ?? null), () => [
      entityArg(ctx, 'regionId', regionId, 'Region'),
    ]);
    return (await rowsFromSources(ctx, sources, rows)).map((row) => ({
      ...row.fact,
      kind: row.type === 'SCREENED_AT' ? FestivalRecordKind.SCREENING : FestivalRecordKind.HONOUR,
      festival: entity('Festival', row.festival),
      subject: entity(row.subjectLabel, row.subject),
      origin: regionFact({ region: row.region, fact: row.tie }),
    }));
  }
}
