-- integer to a domain over bigint: the text names a domain, PostgreSQL rewrites the table.
ALTER TABLE orders ALTER COLUMN amount TYPE cents; -- expect table-rewrite
