-- Two statements, neither of which can run in a transaction: Flyway runs the migration outside one.
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
CREATE INDEX CONCURRENTLY orders_amount_idx ON orders (amount);
