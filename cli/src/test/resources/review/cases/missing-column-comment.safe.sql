ALTER TABLE orders ADD COLUMN gift_wrap boolean;
-- The comment may come from anywhere in the migration, a DO block included.
DO $$
BEGIN
    EXECUTE 'COMMENT ON COLUMN orders.gift_wrap IS ''Whether the customer asked for gift wrapping.''';
END
$$;
