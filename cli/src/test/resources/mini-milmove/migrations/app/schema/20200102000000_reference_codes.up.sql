CREATE TABLE reference_codes (code text PRIMARY KEY, label text);
INSERT INTO reference_codes VALUES ('A', 'first') ON CONFLICT DO NOTHING;
INSERT INTO reference_codes VALUES ('B', 'second') ON CONFLICT DO NOTHING;
