/**
 * What the synthetic graph is made of: its sizes at a scale, the parts it is loaded in (nodes of one
 * label, relationships of one type between two labels) and the rows of each. The rows are those the
 * seed's bulk writes take (cypher/seedUpsertNodes, seedUpsertCitations, seedUpsertRelationships,
 * specialised per label so that MERGE and MATCH use the uniqueness indexes; ./load.ts). Labels, types
 * and properties are the real seed's (docs/model.md); every node cites `source:synthetic` and every
 * relationship carries it as source.
 */
export const SYNTHETIC_SOURCE = 'source:synthetic';

export interface SyntheticOptions {
  /** 1 is about the paper's graph (100 works); 1000 is 100,000 works and over a million relationships. */
  scale: number;
  seed: number;
}

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
  /** A node of the real seed the synthetic graph hangs on: created if missing, never overwritten. */
  anchor: boolean;
  /** The citation's: the Source cited (source:synthetic) and where in it. */
  source: string;
  citationId: string;
  locator: string;
}

export interface RelationshipRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  source: string;
  locator: string;
}

/** A claim (src/model/claims.ts) as the seed's claim statements take it (cypher/seedUpsertClaims, seedClaimAbout). */
export interface ClaimRow {
  id: string;
  statedInId: string;
  source: string;
  locator: string;
  props: Record<string, unknown>;
  about: { id: string; label: string }[];
}

export type Row = NodeRow | RelationshipRow | ClaimRow;

/**
 * The part holding claims, loaded last: one release in CLAIM_SHARE_PERCENT per hundred gets a second count of its box
 * office (a claim of the same source, a year later, 0.5% lower) beside its preferred claim (the fact's own), so
 * measures at 10x and 100x include facts with several claims (issue 27).
 */
export const CLAIMS_PART = 'claims';
export const CLAIM_SHARE_PERCENT = 10;

export interface Batch {
  /** The part of the graph the rows belong to: a key of NODE_PARTS or RELATIONSHIP_PARTS. */
  part: string;
  rows: Row[];
}

/** Node parts, in load order, by label. */
export const NODE_PARTS: Record<string, string> = {
  Source: 'upsertSources',
  Region: 'upsertRegions',
  Studio: 'upsertStudios',
  Platform: 'upsertPlatforms',
  Person: 'upsertPeople',
  Policy: 'upsertPolicies',
  Festival: 'upsertFestivals',
  Work: 'upsertWorks',
};

/** Relationship parts, in load order, with the type and end labels of each. */
export const RELATIONSHIP_PARTS: Record<string, { type: string; from: string; to: string }> = {
  studiosBasedInRegions: { type: 'BASED_IN', from: 'Studio', to: 'Region' },
  studiosOperatePlatforms: { type: 'OPERATES', from: 'Studio', to: 'Platform' },
  studiosEnabledByPolicies: { type: 'ENABLED_BY', from: 'Studio', to: 'Policy' },
  peopleHailFromRegions: { type: 'HAILS_FROM', from: 'Person', to: 'Region' },
  peopleHonouredAtFestivals: { type: 'HONOURED_AT', from: 'Person', to: 'Festival' },
  festivalsHeldInRegions: { type: 'HELD_IN', from: 'Festival', to: 'Region' },
  regionsImportFromRegions: { type: 'IMPORTED_FROM', from: 'Region', to: 'Region' },
  regionsExportToRegions: { type: 'EXPORTED_TO', from: 'Region', to: 'Region' },
  worksOriginateFromRegions: { type: 'ORIGINATES_FROM', from: 'Work', to: 'Region' },
  studiosCoProduceWorks: { type: 'CO_PRODUCED', from: 'Studio', to: 'Work' },
  regionsCoProduceWorks: { type: 'CO_PRODUCED', from: 'Region', to: 'Work' },
  worksReleasedInRegions: { type: 'RELEASED_IN', from: 'Work', to: 'Region' },
  worksAiredOnPlatforms: { type: 'AIRED_ON', from: 'Work', to: 'Platform' },
  peopleActedInWorks: { type: 'ACTED_IN', from: 'Person', to: 'Work' },
  worksEnabledByPolicies: { type: 'ENABLED_BY', from: 'Work', to: 'Policy' },
  worksScreenedAtFestivals: { type: 'SCREENED_AT', from: 'Work', to: 'Festival' },
  worksHonouredAtFestivals: { type: 'HONOURED_AT', from: 'Work', to: 'Festival' },
  worksRemadeAsWorks: { type: 'REMADE_AS', from: 'Work', to: 'Work' },
};

/**
 * Real nodes the synthetic world uses as its biggest regions, studios and platforms (the top of each
 * Zipf ranking), so that the paper's hubs become the heavy tail's head, as they are in fact.
 */
export const ANCHORS: Record<'Region' | 'Studio' | 'Platform', string[]> = {
  Region: [
    'region:hong-kong',
    'region:mainland-china',
    'region:taiwan',
    'region:japan',
    'region:south-korea',
    'region:usa',
    'region:united-kingdom',
    'region:singapore',
    'region:malaysia',
    'region:macao',
    'region:australia',
    'region:germany',
  ],
  Studio: [
    'studio:tvb',
    'studio:youku',
    'studio:media-asia',
    'studio:emperor-entertainment-group',
    'studio:tencent',
    'studio:alibaba-group',
    'studio:edko-films',
    'studio:universe-entertainment',
    'studio:shaw-brothers',
    'studio:television-entertainment',
  ],
  Platform: [
    'platform:tvb-jade',
    'platform:youku',
    'platform:mytv-super',
    'platform:tencent-video',
    'platform:iqiyi',
    'platform:netflix',
    'platform:viutv',
    'platform:tvb-pearl',
  ],
};

export const HONG_KONG = 'region:hong-kong';
export const YEARS = { from: 1960, to: 2024 };
/** Hong Kong's trade in these years is the paper's (Tables 1 and 8); the generator leaves them to it. */
export const PAPER_TABLE_YEARS = { from: 2011, to: 2022 };

export interface Sizes {
  works: number;
  people: number;
  studios: number;
  platforms: number;
  policies: number;
  festivals: number;
  /** Regions besides the anchors. */
  regions: number;
  /** Regions whose imports and exports are generated, Hong Kong first. */
  traders: number;
}

export function sizes(scale: number): Sizes {
  const works = Math.max(10, Math.round(100 * scale));
  return {
    works,
    people: Math.max(10, Math.round(works * 0.35)),
    studios: Math.max(ANCHORS.Studio.length + 2, Math.round(works / 8)),
    platforms: Math.max(ANCHORS.Platform.length + 2, Math.round(works / 200)),
    policies: Math.max(3, Math.round(works / 500)),
    festivals: Math.max(3, Math.round(works / 2000)),
    regions: Math.min(200, 8 + Math.round(scale / 5)),
    traders: 1 + Math.min(30, Math.round(scale / 30)),
  };
}
