-- customers_email_present CHECK (email IS NOT NULL) is validated: no scan.
ALTER TABLE customers ALTER COLUMN email SET NOT NULL;
