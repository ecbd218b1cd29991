// The order of these imports is the order of the fields in Query (type-graphql registers them as the
// modules load, and the printed schema keeps that order): the order of the questions.
import { CitedFactResolver } from './citedFact';
import { CoProductionResolver } from './coProductions';
import { ImportResolver } from './imports';
import { ExportResolver } from './exports';
import { RemakeResolver } from './remakes';
import { AiringResolver } from './airings';
import { ReleaseResolver } from './releases';
import { PolicyEffectResolver } from './policies';
import { FestivalRecordResolver } from './festivals';
import { PathResolver } from './paths';
import { FilmsAbroadResolver } from './filmsAbroad';
import { WeeklyNumberOneResolver } from './weeklyNumberOnes';

/*
 * Fields that each answer one kind of research question (docs/questions.md) in one request. The
 * Cypher behind each is in cypher/, named after the question; the rows come through
 * src/graph/questions.ts. Every fact comes back with the source and locator it carries in the graph.
 */

/** The question fields, one resolver per family of questions in this folder. */
export const questionResolvers = [
  CitedFactResolver,
  CoProductionResolver,
  ImportResolver,
  ExportResolver,
  RemakeResolver,
  AiringResolver,
  ReleaseResolver,
  PolicyEffectResolver,
  FestivalRecordResolver,
  PathResolver,
  FilmsAbroadResolver,
  WeeklyNumberOneResolver,
] as const;
