// Test only (test/hardening/txTimeout.test.ts): stands in for cypher/nodeCount.cypher with a statement
// that would run for minutes, to show that the transaction timeout stops it.
UNWIND range(1, 4000000000) AS i
WITH i WHERE i % 1000003 = -1
RETURN count(*) AS count
