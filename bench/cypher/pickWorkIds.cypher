// Bench subjects: $count work ids spread evenly over all works in id order (repeating when there are fewer).
MATCH (w:Work)
WITH w.id AS id ORDER BY id
WITH collect(id) AS ids
RETURN [i IN range(0, toInteger($count) - 1) | ids[toInteger(i * size(ids) / $count)]] AS ids
