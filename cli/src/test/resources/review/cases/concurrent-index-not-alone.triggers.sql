CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status); -- expect concurrent-index-not-alone
COMMENT ON INDEX orders_status_idx IS 'Orders by status.';
