-- now() is stable: PostgreSQL stores the value once instead of in every row.
ALTER TABLE orders ADD COLUMN placed_at timestamptz DEFAULT now();
COMMENT ON COLUMN orders.placed_at IS 'When the order was placed.';
