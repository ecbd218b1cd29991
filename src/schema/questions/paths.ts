import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import type { Props } from '../../graph/questions';
import { ALL_PROPERTIES } from '../../graph/projection';
import { MAX_PATH_LENGTH } from '../../graph/statements';
import type { RequestContext } from '../context';
import { Direction, Entity, Node, toEntity } from '../node';
import { pathStepReads } from '../selection';
import { badInput, checkedAnswer, entityArg } from './args';
import { CitedFact } from './citedFact';
import { rowsFromSources, sourcesArgOptions } from '../sources';

@ObjectType({ simpleResolvers: true, implements: CitedFact, description: 'One relationship on a path, walked from `from` to `to`.' })
export class PathStep extends CitedFact {
  @Field(() => Node, { description: 'The entity the step starts from.' })
  from!: Entity;

  @Field({ description: 'Relationship type, e.g. ACTED_IN.' })
  type!: string;

  @Field(() => Direction, { description: 'OUT when the relationship points from `from` to `to`, IN when it points back.' })
  direction!: Direction;

  @Field(() => Node, { description: 'The entity the step leads to.' })
  to!: Entity;

  @Field(() => GraphQLJSONObject, { description: 'Every property of the relationship.' })
  properties!: Props;
}

@ObjectType({ simpleResolvers: true, description: 'A path between two entities.' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [PathStep], { description: 'The relationships in order, from the first entity to the second.' })
  steps!: object[];
}

/** A path's steps as the API answers them; a node between two steps is one entity, made once. */
function pathOf(steps: questionsData.PathStepRow[]): Path {
  const entities = new Map<questionsData.LabelledProps, Entity>();
  const entity = (end: questionsData.LabelledProps): Entity => {
    let made = entities.get(end);
    if (!made) entities.set(end, (made = toEntity(end)));
    return made;
  };
  return {
    length: steps.length,
    steps: steps.map((row) =>
      Object.assign({}, row.props, {
        properties: row.props,
        type: row.type,
        direction: row.forward ? Direction.OUT : Direction.IN,
        from: entity(row.from),
        to: entity(row.to),
      }),
    ),
  };
}

/** The paths whose every step the sources state, each step as they state it; all of them, untouched, without sources. */
async function pathsFromSources(
  ctx: RequestContext,
  sources: string[] | undefined,
  paths: questionsData.PathStepRow[][],
): Promise<questionsData.PathStepRow[][]> {
  const steps = await rowsFromSources(
    ctx,
    sources,
    paths.flat(),
    (step) => step.props,
    (step, props) => ({ ...step, props }),
  );
  if (!sources) return paths;
  const answered = new Map(steps.map((step) => [step.props.id, step]));
  return paths
    .filter((path) => path.every((step) => answered.has(step.props.id)))
    .map((path) => path.map((step) => answered.get(step.props.id)!));
}

/** Question 10: how one entity connects to another. */
@Resolver()
export class PathResolver {
  @Query(() => [Path], {
    description:
      `Question 10. How one entity connects to another: every shortest path between them of at most maxLength ` +
      `(1-${MAX_PATH_LENGTH}) relationships, each step with its relationship, properties, source and locator. Citations ` +
      '(CITED_IN) and Source nodes are left out. Empty when the entities are further apart than maxLength.',
  })
  async shortestPaths(
    @Ctx() ctx: RequestContext,
    @Arg('fromId', () => ID, { description: 'Where the paths start, e.g. "person:charmaine-sheh".' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Where they end, e.g. "platform:youku".' }) toId: string,
    @Arg('maxLength', () => Int, { defaultValue: 4, description: `Longest path considered, 1 to ${MAX_PATH_LENGTH}.` }) maxLength: number,
    @Info() info: GraphQLResolveInfo,
    @Arg('sources', () => [ID], {
      ...sourcesArgOptions,
      description: `${sourcesArgOptions.description} A path with a step none of them states is left out.`,
    })
    sources?: string[],
  ): Promise<Path[]> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
      throw badInput('maxLength', `must be between 1 and ${MAX_PATH_LENGTH}, got ${maxLength}`);
    }
    if (fromId === toId) throw badInput('toId', 'must differ from fromId');
    // The statement finds both ends by label and id before it searches (cypher/shortestPathsBetween.cypher),
    // Sources under no label, so an id that names nothing, or names a Source, stops it before any walking;
    // any path shows both ids are good, and only an empty answer needs the checks.
    const reads = sources ? ALL_PROPERTIES : pathStepReads(info);
    const search = questionsData.shortestPaths(ctx.store.graph, fromId, toId, maxLength, reads, ctx.paths.nextLimit());
    const paths = await checkedAnswer(search, () => [
      entityArg(ctx, 'fromId', fromId).then((from) => {
        if (from.__label === 'Source') throw badInput('fromId', 'sources are left out of paths');
      }),
      entityArg(ctx, 'toId', toId).then((to) => {
        if (to.__label === 'Source') throw badInput('toId', 'sources are left out of paths');
      }),
    ]);
    ctx.paths.take(paths.length, `${fromId} and ${toId} within ${maxLength} steps`);
    return (await pathsFromSources(ctx, sources, paths)).map(pathOf);
  }
}
