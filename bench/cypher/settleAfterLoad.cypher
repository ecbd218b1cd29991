// After a load: wait for every index to be online, then resample them all and drop cached plans, so
// that ours, the peer and the floor are all planned with the statistics of the scale being measured.
CALL db.awaitIndexes(600);
CALL db.prepareForReplanning(600);
