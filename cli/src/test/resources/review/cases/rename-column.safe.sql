-- The deprecation step of the six-step rename.
ALTER TABLE customers RENAME COLUMN nickname TO deprecated_nickname;
-- A column this migration adds may be renamed: nothing uses it yet.
ALTER TABLE orders ADD COLUMN priority integer;
ALTER TABLE orders RENAME COLUMN priority TO rank;
COMMENT ON COLUMN orders.rank IS 'Order of handling; lower first.';
