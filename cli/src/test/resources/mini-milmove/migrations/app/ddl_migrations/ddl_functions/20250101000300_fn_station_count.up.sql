CREATE OR REPLACE FUNCTION station_count() RETURNS bigint AS $body$
    SELECT count(*) FROM duty_stations;
$body$ LANGUAGE sql;
