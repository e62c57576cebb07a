CREATE TABLE pet_tags ( -- expect table-without-primary-key
    tag text NOT NULL
);
COMMENT ON TABLE pet_tags IS 'Tags a pet can have.';
COMMENT ON COLUMN pet_tags.tag IS 'The tag.';
