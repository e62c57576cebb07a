ALTER TABLE customers DROP COLUMN deprecated_fax;
