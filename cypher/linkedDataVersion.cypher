// Linked data: what the dumps' ETag is made of (src/server/linkedData/dataset.ts): the history's last change
// number and the counts of entities and relationships, each read from Neo4j's count store. A write through the
// API moves the change number; a load (seed, import) changes the counts or is followed by a restart.
OPTIONAL MATCH (l:ChangeLog {id: 'changes'})
WITH coalesce(l.seq, 0) AS seq
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (c:Change) RETURN count(c) AS changes }
CALL () { MATCH (l:ChangeLog) RETURN count(l) AS logs }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN seq, all - changes - logs AS entities, relationships
