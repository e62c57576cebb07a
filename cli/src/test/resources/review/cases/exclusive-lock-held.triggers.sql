-- The lock is taken inside a function: no LOCK or ALTER in the text.
SELECT lock_orders(); -- expect exclusive-lock-held
UPDATE customers SET nickname = name WHERE nickname IS NULL;
ALTER TABLE customers ADD COLUMN loyalty_points integer; -- expect exclusive-lock-held
COMMENT ON COLUMN customers.loyalty_points IS 'Points earned.';
UPDATE customers SET loyalty_points = 0;
