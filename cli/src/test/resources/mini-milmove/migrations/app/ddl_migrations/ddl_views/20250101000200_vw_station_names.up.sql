CREATE OR REPLACE VIEW v_station_names AS SELECT name FROM duty_stations;
