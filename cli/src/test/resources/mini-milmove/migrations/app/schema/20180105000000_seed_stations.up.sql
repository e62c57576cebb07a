INSERT INTO duty_stations (id, name, affiliation, created_at, updated_at)
VALUES (uuid_generate_v4(), 'Fort Example', 'ARMY', now(), now());
