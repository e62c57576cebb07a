INSERT INTO customers (id, name, email) VALUES ('4f0b6c8e-8f2a-4c11-9d7e-0d6a2f1c9b11', 'Walk-in', 'walk-in@example.com');
-- A default is not data: the application's rows get their ids from it.
CREATE TABLE pets (
    id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
    name text NOT NULL
);
COMMENT ON TABLE pets IS 'Pets of customers.';
COMMENT ON COLUMN pets.name IS 'The pet''s name.';
-- Generated, but never stored.
SELECT uuid_generate_v4(), gen_random_uuid();
