-- A DML migration: it runs after the DDL phases although its version is older than theirs.
INSERT INTO dml_log (entry) SELECT 'statuses: ' || count(*) FROM unnest(enum_range(NULL::move_status));
