CREATE TABLE pets ( -- expect foreign-key-without-index
    id uuid PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES customers (id)
);
COMMENT ON TABLE pets IS 'Pets of customers.';
COMMENT ON COLUMN pets.owner_id IS 'The customer who owns the pet.';
