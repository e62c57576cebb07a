-- Type changes a text linter flags, which PostgreSQL makes without a rewrite.
ALTER TABLE orders ALTER COLUMN note TYPE text;
ALTER TABLE customers ALTER COLUMN name TYPE varchar(100);
