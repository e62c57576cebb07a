-- id, created_at and updated_at need no comment.
CREATE TABLE pets (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
COMMENT ON TABLE pets IS 'Pets of customers.';
COMMENT ON COLUMN pets.name IS 'The pet''s name.';
