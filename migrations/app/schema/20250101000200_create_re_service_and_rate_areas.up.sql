CREATE TABLE re_domestic_service_areas (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    service_area varchar(80) NOT NULL CONSTRAINT re_domestic_service_areas_service_area_not_empty CHECK (service_area <> ''),
    services_schedule integer NOT NULL CONSTRAINT re_domestic_service_areas_services_schedule_range CHECK (services_schedule BETWEEN 1 AND 3),
    sit_pd_schedule integer NOT NULL CONSTRAINT re_domestic_service_areas_sit_pd_schedule_range CHECK (sit_pd_schedule BETWEEN 1 AND 3),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_domestic_service_areas_unique_key UNIQUE (contract_id, service_area)
);

COMMENT ON TABLE re_domestic_service_areas IS 'Domestic service areas of a contract (pricing template tabs 1b and 2b).';
COMMENT ON COLUMN re_domestic_service_areas.contract_id IS 'Contract this service area belongs to.';
COMMENT ON COLUMN re_domestic_service_areas.service_area IS 'Service area number, zero-padded to at least 3 digits, for example 004.';
COMMENT ON COLUMN re_domestic_service_areas.services_schedule IS 'Services schedule (1 to 3) that selects pack/unpack and accessorial prices.';
COMMENT ON COLUMN re_domestic_service_areas.sit_pd_schedule IS 'SIT pickup/delivery schedule (1 to 3).';

CREATE TABLE re_rate_areas (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    is_oconus boolean NOT NULL,
    code varchar(80) NOT NULL CONSTRAINT re_rate_areas_code_not_empty CHECK (code <> ''),
    name varchar(80) NOT NULL CONSTRAINT re_rate_areas_name_not_empty CHECK (name <> ''),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_rate_areas_unique_key UNIQUE (contract_id, code)
);

COMMENT ON TABLE re_rate_areas IS 'Domestic (CONUS) and international (OCONUS, non-standard) rate areas of a contract.';
COMMENT ON COLUMN re_rate_areas.contract_id IS 'Contract this rate area belongs to.';
COMMENT ON COLUMN re_rate_areas.is_oconus IS 'True for an international or non-standard rate area, false for a domestic one.';
COMMENT ON COLUMN re_rate_areas.code IS 'Rate area code, for example US11, US8101000, AR or NSRA1.';
COMMENT ON COLUMN re_rate_areas.name IS 'Rate area name, for example Maine or Alaska (Zone) I.';

CREATE TABLE re_zip3s (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    zip3 char(3) NOT NULL CONSTRAINT re_zip3s_zip3_length CHECK (char_length(zip3) = 3),
    base_point_city varchar(80) NOT NULL CONSTRAINT re_zip3s_base_point_city_not_empty CHECK (base_point_city <> ''),
    state varchar(80) NOT NULL CONSTRAINT re_zip3s_state_not_empty CHECK (state <> ''),
    domestic_service_area_id uuid NOT NULL REFERENCES re_domestic_service_areas (id),
    rate_area_id uuid REFERENCES re_rate_areas (id),
    has_multiple_rate_areas boolean NOT NULL DEFAULT false,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_zip3s_unique_key UNIQUE (contract_id, zip3)
);

CREATE INDEX re_zip3s_domestic_service_area_id_idx ON re_zip3s (domestic_service_area_id);
CREATE INDEX re_zip3s_rate_area_id_idx ON re_zip3s (rate_area_id);

COMMENT ON TABLE re_zip3s IS 'Three-digit ZIP prefixes of a contract with their domestic service area and rate area.';
COMMENT ON COLUMN re_zip3s.contract_id IS 'Contract this zip3 belongs to.';
COMMENT ON COLUMN re_zip3s.zip3 IS 'First three digits of a ZIP code, zero-padded, for example 042.';
COMMENT ON COLUMN re_zip3s.base_point_city IS 'Base point city of the zip3 (pricing template tab 1b).';
COMMENT ON COLUMN re_zip3s.state IS 'State of the base point city.';
COMMENT ON COLUMN re_zip3s.domestic_service_area_id IS 'Domestic service area that includes this zip3.';
COMMENT ON COLUMN re_zip3s.rate_area_id IS 'Domestic rate area of the zip3; NULL when the zip3 spans several rate areas (see re_zip5_rate_areas).';
COMMENT ON COLUMN re_zip3s.has_multiple_rate_areas IS 'True when the zip3 spans several rate areas, so the rate area is looked up by zip5.';

CREATE TABLE re_zip5_rate_areas (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    rate_area_id uuid NOT NULL REFERENCES re_rate_areas (id),
    zip5 char(5) NOT NULL CONSTRAINT re_zip5_rate_areas_zip5_length CHECK (char_length(zip5) = 5),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_zip5_rate_areas_unique_key UNIQUE (contract_id, zip5)
);

CREATE INDEX re_zip5_rate_areas_rate_area_id_idx ON re_zip5_rate_areas (rate_area_id);

COMMENT ON TABLE re_zip5_rate_areas IS 'Rate areas of the five-digit ZIP codes whose zip3 spans several rate areas.';
COMMENT ON COLUMN re_zip5_rate_areas.contract_id IS 'Contract this mapping belongs to.';
COMMENT ON COLUMN re_zip5_rate_areas.rate_area_id IS 'Domestic rate area of the ZIP code.';
COMMENT ON COLUMN re_zip5_rate_areas.zip5 IS 'Five-digit ZIP code.';
