CREATE TABLE pets ( -- expect missing-table-comment
    id uuid PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON COLUMN pets.name IS 'The pet''s name.';
