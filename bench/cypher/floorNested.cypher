// Floor for the nested query: a policy, what it enabled, the studios and regions that co-produced each
// enabled work, and the platforms each studio operates, as one nested value.
MATCH (p:Policy {id: $id})
RETURN p {.id, .name, enables: COLLECT {
  MATCH (p)<-[:ENABLED_BY]-(e)
  RETURN CASE WHEN e:Work THEN e {__typename: 'Work', .id, .title, coProducers: COLLECT {
      MATCH (e)<-[:CO_PRODUCED]-(c) WHERE c:Studio OR c:Region
      RETURN CASE WHEN c:Studio
        THEN c {__typename: 'Studio', .id, .name, operates: COLLECT { MATCH (c)-[:OPERATES]->(pl:Platform) RETURN pl {.id, .name} }}
        ELSE c {__typename: 'Region', .id, .name} END
    }}
    ELSE {__typename: labels(e)[0]} END
}} AS policy
