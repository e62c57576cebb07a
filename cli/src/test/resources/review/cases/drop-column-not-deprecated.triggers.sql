ALTER TABLE customers DROP COLUMN phone; -- expect drop-column-not-deprecated
