ALTER TABLE orders RENAME COLUMN note TO remark; -- expect rename-column
-- A text linter sees a string here; the catalog sees the rename.
DO $$ -- expect rename-column
BEGIN
    EXECUTE 'ALTER TABLE customers RENAME COLUMN ' || 'phone' || ' TO telephone';
END
$$;
