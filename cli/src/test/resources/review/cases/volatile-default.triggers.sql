ALTER TABLE orders ADD COLUMN placed_at timestamptz DEFAULT clock_timestamp(); -- expect volatile-default
COMMENT ON COLUMN orders.placed_at IS 'When the order was placed.';
