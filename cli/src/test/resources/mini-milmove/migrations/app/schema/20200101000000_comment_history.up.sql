COMMENT ON TABLE schema_migration IS 'Applied migrations, as pop records them';
