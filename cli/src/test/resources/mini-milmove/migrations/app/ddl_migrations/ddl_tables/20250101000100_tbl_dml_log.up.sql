CREATE TABLE IF NOT EXISTS dml_log (entry text);
ALTER TABLE dml_log ADD COLUMN IF NOT EXISTS logged_at timestamptz DEFAULT now();
