import { relationshipId, WORK_KINDS } from '../../src/model';
import { CLAIM_SHARE_PERCENT, HONG_KONG, YEARS } from './model';
import { chance, distinct, intBetween, pick, Random, weighted, zipf } from './random';
import type { Props, Rows } from './rows';
import {
  ACQUISITIONS,
  AWARDS,
  CLASSIFICATIONS,
  CO_PRODUCTION_ROLES,
  GENRES,
  LANGUAGES,
  ROMAN,
  TIME_SLOTS,
  TITLE_ADJECTIVES,
  TITLE_HANZI,
  TITLE_NOUNS,
} from './vocabulary';
import type { World } from './world';

const KINDS = WORK_KINDS;
type Kind = (typeof KINDS)[number];
const drawKind = weighted([45, 35, 8, 7, 5]);
/** Output grows about 4% a year, so recent years hold thousands of works at the largest scale. */
const drawYear = weighted(Array.from({ length: YEARS.to - YEARS.from + 1 }, (_, i) => Math.exp(0.04 * i)));
const drawNoun = zipf(TITLE_NOUNS.length, 0.8);
const drawReleaseCount = weighted([6, 3, 1]);
const drawStudioCount = weighted([5, 3, 2]);
const MAINLAND = 'region:mainland-china';

export const workId = (i: number): string => `work:syn-work-${String(i + 1).padStart(6, '0')}`;

function title(rnd: Random): string {
  const adj = pick(rnd, TITLE_ADJECTIVES);
  const noun = TITLE_NOUNS[drawNoun(rnd)];
  const other = TITLE_NOUNS[drawNoun(rnd)];
  const form = rnd();
  if (form < 0.4) return `${adj} ${noun}`;
  if (form < 0.6) return `The ${adj} ${noun}`;
  if (form < 0.8) return `${noun} of the ${other}`;
  if (form < 0.9) return `${adj} ${noun} ${pick(rnd, ROMAN)}`;
  return `${noun} ${other}`;
}

const hanzi = (rnd: Random): string => Array.from({ length: intBetween(rnd, 2, 5) }, () => pick(rnd, TITLE_HANZI)).join('');

const isoDate = (year: number, rnd: Random): string =>
  `${year}-${String(intBetween(rnd, 1, 12)).padStart(2, '0')}-${String(intBetween(rnd, 1, 28)).padStart(2, '0')}`;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function workProps(rnd: Random, kind: Kind, year: number): Props {
  const film = kind === 'FILM' || kind === 'ANIMATION' || kind === 'DOCUMENTARY';
  return {
    title: title(rnd),
    titleZh: chance(rnd, 0.7) ? hanzi(rnd) : undefined,
    aliases: [],
    kind,
    year,
    releaseDate: film && chance(rnd, 0.5) ? isoDate(year, rnd) : undefined,
    runtimeMinutes: film ? intBetween(rnd, 70, 160) : undefined,
    episodes: kind === 'TV_DRAMA' ? intBetween(rnd, 10, 45) : undefined,
    genres: distinct(rnd, (r) => Math.floor(r() * GENRES.length), intBetween(rnd, 1, 3)).map((g) => GENRES[g]),
    languages: distinct(rnd, (r) => Math.floor(r() * LANGUAGES.length), intBetween(rnd, 1, 2)).map((l) => LANGUAGES[l]),
    classification: kind === 'FILM' ? pick(rnd, CLASSIFICATIONS) : undefined,
  };
}

/** Where and how a work reached audiences: cinema releases for films, airings for dramas and programmes. */
function distribution(rows: Rows, world: World, rnd: Random, id: string, kind: Kind, year: number, what: string): void {
  if (kind === 'FILM' || kind === 'ANIMATION' || kind === 'DOCUMENTARY') {
    for (const r of distinct(rnd, world.draw.region, 1 + drawReleaseCount(rnd))) {
      const releaseYear = Math.min(YEARS.to, year + (chance(rnd, 0.2) ? 1 : 0));
      const startDate = isoDate(releaseYear, rnd);
      const days = intBetween(rnd, 7, 150);
      const boxOfficeHKD = Math.round(10 ** (4 + rnd() * 4));
      rows.rel(
        'worksReleasedInRegions',
        id,
        world.regions[r],
        String(releaseYear),
        {
          year: releaseYear,
          startDate,
          endDate: addDays(startDate, days - 1),
          days,
          boxOfficeHKD,
          admissions: Math.round(boxOfficeHKD / 85),
        },
        what,
      );
      const factId = relationshipId('RELEASED_IN', id, world.regions[r], String(releaseYear));
      // Which releases get a second claim is read from the id, not drawn: the works' stream stays as it was.
      if (hashOf(factId) % 100 < CLAIM_SHARE_PERCENT) {
        const about = [
          { id, label: 'Work' },
          { id: world.regions[r], label: 'Region' },
        ];
        rows.claims(factId, about, boxOfficeHKD, releaseYear, what);
      }
    }
  }
  if (kind === 'TV_DRAMA' || kind === 'PROGRAMME' || (kind === 'ANIMATION' && chance(rnd, 0.3))) {
    for (const p of distinct(rnd, world.draw.platform, intBetween(rnd, 1, 2))) {
      rows.rel(
        'worksAiredOnPlatforms',
        id,
        world.platforms[p],
        String(year),
        {
          year,
          startDate: isoDate(year, rnd),
          episodes: kind === 'TV_DRAMA' ? intBetween(rnd, 10, 45) : undefined,
          timeSlot: pick(rnd, TIME_SLOTS),
          rating: Math.round((8 + rnd() * 22) * 10) / 10,
          acquisition: pick(rnd, ACQUISITIONS),
        },
        what,
      );
    }
  }
}

/** Who made the work and who is in it: origins, co-producing studios (and regions), cast. */
function makers(rows: Rows, world: World, rnd: Random, id: string, what: string): void {
  for (const r of distinct(rnd, world.draw.region, chance(rnd, 0.15) ? 2 : 1)) {
    rows.rel('worksOriginateFromRegions', id, world.regions[r], 'main', {}, what);
  }
  for (const s of distinct(rnd, world.draw.studio, 1 + drawStudioCount(rnd))) {
    rows.rel(
      'studiosCoProduceWorks',
      world.studios[s],
      id,
      'main',
      { role: chance(rnd, 0.3) ? pick(rnd, CO_PRODUCTION_ROLES) : undefined },
      what,
    );
  }
  if (chance(rnd, 0.08)) {
    for (const region of [HONG_KONG, MAINLAND]) rows.rel('regionsCoProduceWorks', region, id, 'main', {}, what);
  }
  for (const p of distinct(rnd, world.draw.person, intBetween(rnd, 2, 6))) {
    rows.rel('peopleActedInWorks', world.people[p], id, 'main', { role: chance(rnd, 0.25) ? 'lead' : undefined }, what);
  }
}

/** What happened to the work afterwards: policy support, festivals, honours, remakes. */
function afterlife(rows: Rows, world: World, rnd: Random, i: number, kind: Kind, year: number, what: string): void {
  const id = workId(i);
  if (chance(rnd, 0.12)) {
    rows.rel('worksEnabledByPolicies', id, world.policies[world.draw.policy(rnd)], 'main', { year }, what);
  }
  const festival = world.festivals[world.draw.festival(rnd)];
  if ((kind === 'FILM' || kind === 'DOCUMENTARY') && chance(rnd, 0.04) && year >= festival.firstYear) {
    rows.rel('worksScreenedAtFestivals', id, festival.id, String(year), { year, edition: year - festival.firstYear + 1 }, what);
  }
  if (chance(rnd, 0.015) && year >= festival.firstYear) {
    rows.rel(
      'worksHonouredAtFestivals',
      id,
      festival.id,
      String(year),
      {
        award: pick(rnd, AWARDS),
        year,
        edition: year - festival.firstYear + 1,
      },
      what,
    );
  }
  if (i > 20 && chance(rnd, 0.004)) {
    rows.rel('worksRemadeAsWorks', workId(Math.floor(rnd() * i)), id, 'main', { year }, what);
  }
}

/** Works `from` to `to` - 1 (the works of one load chunk) with every relationship that starts or ends at them. */
export function works(rows: Rows, world: World, rnd: Random, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const kind = KINDS[drawKind(rnd)];
    const year = YEARS.from + drawYear(rnd);
    const id = workId(i);
    const what = `work #${i + 1}`;
    rows.node('Work', id, workProps(rnd, kind, year), what);
    makers(rows, world, rnd, id, what);
    distribution(rows, world, rnd, id, kind, year, what);
    afterlife(rows, world, rnd, i, kind, year, what);
  }
}

/** A stable, well-spread number for a text (FNV-1a). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
