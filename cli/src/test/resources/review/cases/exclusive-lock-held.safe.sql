-- The ALTER is followed by statements, but none reads or writes rows.
ALTER TABLE customers ADD COLUMN loyalty_points integer;
COMMENT ON COLUMN customers.loyalty_points IS 'Points earned; NULL until the first purchase.';
