// A fragment, not a statement: each row of {{v}} once.
WITH DISTINCT {{v}}
