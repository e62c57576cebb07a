CREATE TABLE re_services (
    id uuid PRIMARY KEY,
    code varchar(20) NOT NULL CONSTRAINT re_services_code_not_empty CHECK (code <> ''),
    name varchar(80) NOT NULL CONSTRAINT re_services_name_not_empty CHECK (name <> ''),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_services_unique_key UNIQUE (code)
);

COMMENT ON TABLE re_services IS 'Services that GHC prices refer to; seeded by migration, read (never written) by the pricing import.';
COMMENT ON COLUMN re_services.code IS 'Short service code, for example DSH or IHPK; unique.';
COMMENT ON COLUMN re_services.name IS 'Human-readable service name.';
