-- Alone in its migration, which Flyway runs outside a transaction.
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
