CREATE TABLE re_contracts (
    id uuid PRIMARY KEY,
    code varchar(80) NOT NULL CONSTRAINT re_contracts_code_not_empty CHECK (code <> ''),
    name varchar(80) NOT NULL CONSTRAINT re_contracts_name_not_empty CHECK (name <> ''),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_contracts_unique_key UNIQUE (code)
);

COMMENT ON TABLE re_contracts IS 'GHC pricing contracts; every re_* price belongs to one.';
COMMENT ON COLUMN re_contracts.code IS 'Contract code given at import (--contract-code); unique.';
COMMENT ON COLUMN re_contracts.name IS 'Contract name given at import (--contract-name); the code when no name was given.';

CREATE TABLE re_contract_years (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    name varchar(80) NOT NULL CONSTRAINT re_contract_years_name_not_empty CHECK (name <> ''),
    start_date date NOT NULL,
    end_date date NOT NULL,
    escalation numeric(6, 5) NOT NULL,
    escalation_compounded numeric(6, 5) NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_contract_years_end_after_start CHECK (end_date > start_date),
    CONSTRAINT re_contract_years_no_overlap EXCLUDE USING gist (daterange(start_date, end_date, '[]') WITH &&)
);

CREATE INDEX re_contract_years_contract_id_idx ON re_contract_years (contract_id);

COMMENT ON TABLE re_contract_years IS 'Contract years of a GHC pricing contract with their price escalation; no two years in the table may overlap, across all contracts.';
COMMENT ON COLUMN re_contract_years.contract_id IS 'Contract this year belongs to.';
COMMENT ON COLUMN re_contract_years.name IS 'Contract year name from the pricing template, for example Base Period Year 1.';
COMMENT ON COLUMN re_contract_years.start_date IS 'First day of the contract year (inclusive).';
COMMENT ON COLUMN re_contract_years.end_date IS 'Last day of the contract year (inclusive); after start_date.';
COMMENT ON COLUMN re_contract_years.escalation IS 'Price escalation factor of this year alone.';
COMMENT ON COLUMN re_contract_years.escalation_compounded IS 'Product of the escalation factors of all years up to and including this one.';
