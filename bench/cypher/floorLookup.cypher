// Floor for the lookup by id: one work through the work_id uniqueness index, the fields the GraphQL query asks for.
MATCH (w:Work {id: $id})
RETURN w {.id, .title, .titleZh, .kind, .year, .genres, .languages, .runtimeMinutes} AS work
