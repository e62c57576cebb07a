CREATE TABLE pets ( -- expect missing-column-comment
    id uuid PRIMARY KEY,
    name text NOT NULL,
    species text
);
COMMENT ON TABLE pets IS 'Pets of customers.';
COMMENT ON COLUMN pets.name IS 'The pet''s name.';
ALTER TABLE orders ADD COLUMN gift_wrap boolean; -- expect missing-column-comment
