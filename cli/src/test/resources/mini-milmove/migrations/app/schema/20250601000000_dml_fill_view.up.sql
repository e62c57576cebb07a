INSERT INTO dml_log (entry) SELECT 'view rows: ' || count(*) FROM v_station_names;
