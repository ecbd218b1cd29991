import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, Float, Info, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Entity } from '../graph/entity';
import { MATCH_KINDS, MatchKind, SearchTextProblem } from '../graph/search/plan';
import type { SearchHitData } from '../graph/store';
import { LABEL_PREFIX } from '../model';
import type { RequestContext } from './context';
import { MAX_PAGE_SIZE, checkPageSize } from './lists';
import { Node } from './node';
import { searchHitReads, searchMatchReads } from './selection';
import { ErrorCode } from '../errors';

/** The GraphQL enum of how a hit matched, from the search plan's tiers (best first). */
const SearchMatch = Object.fromEntries(MATCH_KINDS.map((k) => [k, k])) as { [K in MatchKind]: K };
registerEnumType(SearchMatch, {
  name: 'SearchMatch',
  description: 'How a search hit matched, best first: hits are ordered by this, then by score.',
  valuesConfig: {
    EXACT: { description: 'Every word is a word of a name as printed (English or Chinese).' },
    OTHER_SCRIPT: { description: 'The Chinese text is the name in another script: simplified, traditional or Hong Kong traditional.' },
    PINYIN: { description: "The text is the name's toneless Mandarin pinyin (spaces and tone marks ignored)." },
    JYUTPING: { description: "The text is the name's toneless Cantonese jyutping (spaces and tone marks ignored)." },
    PREFIX: { description: 'Every word begins a word of a name (or the romanisation begins with the text).' },
    FUZZY: { description: 'Every word is a word of a name with one or two typing errors.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One search result, with how it matched and its relevance score.' })
export class SearchHit {
  @Field(() => Float, { description: 'Relevance within its kind of match (matchedBy); higher is better.' })
  score!: number;

  @Field(() => Node)
  node!: Entity;

  @Field(() => SearchMatch, { description: 'How the text matched.' })
  matchedBy!: MatchKind;

  @Field({ description: 'The name, title, alias or Chinese name of the entity that matched, as stored (e.g. "正义回廊").' })
  matchedName!: string;

  @Field({
    description:
      'The form of that name the text matched: the name itself, its other script (e.g. "正義迴廊") or its romanisation (e.g. "zheng yi hui lang").',
  })
  matchedForm!: string;
}

const SEARCHABLE = Object.keys(LABEL_PREFIX).filter((l) => l !== 'Source' && l !== 'MarketYear');

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    nullable: true,
    description:
      'Finds works, people, studios, platforms, regions, policies and festivals by an English or Chinese ' +
      'name, title or alias, in simplified or traditional script, in pinyin or jyutping, by word prefixes or with ' +
      'a typo or two (e.g. "Infernal", "長津湖", "wujiandao", "Infer", "Infernall Affairs"); exact matches first, ' +
      'then other scripts, romanisations, prefixes and typos (matchedBy), then by score, ties by id.',
  })
  async search(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('text', {
      description:
        'Words to look for (at most 200 characters); Chinese text is matched by character pairs, and any Lucene syntax is searched as plain text.',
    })
    text: string,
    @Arg('types', () => [String], { nullable: true, description: `Only these types: ${SEARCHABLE.join(', ')}.` }) types?: string[],
    @Arg('first', () => Int, { defaultValue: 20, description: `At most this many hits (up to ${MAX_PAGE_SIZE}).` }) first = 20,
  ): Promise<(SearchHitData & { matchedBy: MatchKind; matchedName: string; matchedForm: string })[]> {
    checkPageSize(first);
    const unknown = (types ?? []).filter((t) => !SEARCHABLE.includes(t));
    if (unknown.length > 0) {
      throw new GraphQLError(`types: ${unknown.join(', ')} cannot be searched; use ${SEARCHABLE.join(', ')}`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      });
    }
    try {
      // Which name matched is worked out only when the query selects it (searchMatchReads); unselected,
      // matchedName and matchedForm are never read.
      const hits = await ctx.store.search(text, types ?? [], first, searchHitReads(info), searchMatchReads(info));
      return hits.map((h) => ({ ...h, matchedBy: h.kind, matchedName: h.match?.name ?? '', matchedForm: h.match?.form ?? '' }));
    } catch (err) {
      if (err instanceof SearchTextProblem)
        throw new GraphQLError(`text: ${err.message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'text' } });
      throw err;
    }
  }
}
