CREATE TABLE pets (
    id uuid PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES customers (id)
);
-- An index that starts with the key's column serves it.
CREATE INDEX pets_owner_id_id_idx ON pets (owner_id, id);
COMMENT ON TABLE pets IS 'Pets of customers.';
COMMENT ON COLUMN pets.owner_id IS 'The customer who owns the pet.';
