// The graph's schema, applied at every start (each statement is idempotent).

// One id per node, unique within each entity label (ids carry the type as prefix, so also across the graph).
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT work_id IF NOT EXISTS FOR (n:Work) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT studio_id IF NOT EXISTS FOR (n:Studio) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT festival_id IF NOT EXISTS FOR (n:Festival) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT marketyear_id IF NOT EXISTS FOR (n:MarketYear) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;

// Claims (src/model/claims.ts): one source's statement of a fact, found by its id and by its fact's id.
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE INDEX claim_fact IF NOT EXISTS FOR (c:Claim) ON (c.factId);

// What queries filter and sort by.
CREATE INDEX work_year IF NOT EXISTS FOR (n:Work) ON (n.year);
CREATE INDEX work_kind IF NOT EXISTS FOR (n:Work) ON (n.kind);
CREATE INDEX work_title IF NOT EXISTS FOR (n:Work) ON (n.title);
// Lists of works sort by title folded to lower case (sortName, src/model/names.ts), walking this index.
CREATE INDEX work_sort_name IF NOT EXISTS FOR (n:Work) ON (n.sortName);
// Researchers most often ask for works of one kind over a span of years.
CREATE INDEX work_kind_year IF NOT EXISTS FOR (n:Work) ON (n.kind, n.year);
CREATE INDEX policy_effective IF NOT EXISTS FOR (n:Policy) ON (n.effectiveDate);
CREATE INDEX imported_year IF NOT EXISTS FOR ()-[r:IMPORTED_FROM]-() ON (r.year);
CREATE INDEX exported_year IF NOT EXISTS FOR ()-[r:EXPORTED_TO]-() ON (r.year);
CREATE INDEX released_start IF NOT EXISTS FOR ()-[r:RELEASED_IN]-() ON (r.startDate);
CREATE INDEX aired_year IF NOT EXISTS FOR ()-[r:AIRED_ON]-() ON (r.year);

// Names, titles and aliases in English and Chinese. The CJK analyzer indexes Chinese as bigrams, so
// 长津湖 finds 长津湖之水门桥, and still splits and lower-cases English words.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Region|Work|Studio|Platform|Person|Policy|Festival|Agreement)
ON EACH [n.name, n.nameZh, n.title, n.titleZh, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Search (src/graph/search): every form of every name, each in its own field so that one Lucene query per
// tier can ask for exact words of a printed name, another script, pinyin or jyutping (run together, tone
// marks and spaces gone), prefixes or typos. The derived fields are written by src/model/names.ts on every
// write path. The CJK analyzer indexes Chinese as character pairs and lower-cases and splits English.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Region|Work|Studio|Platform|Person|Policy|Festival|Agreement)
ON EACH [n.title, n.name, n.aliases, n.titleZh, n.nameZh, n.titleZhHans, n.titleZhHant, n.titleZhHK,
  n.nameZhHans, n.nameZhHant, n.nameZhHK, n.searchPinyin, n.searchJyutping]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// History (src/graph/history.ts): one node per committed change, found by sequence number (the
// feed's cursor) and by the entity or fact it changed; one change log node handing out the numbers.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.target);
CREATE INDEX change_revert IF NOT EXISTS FOR (c:Change) ON (c.revertOf);
CREATE CONSTRAINT changelog_id IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.id IS UNIQUE;
