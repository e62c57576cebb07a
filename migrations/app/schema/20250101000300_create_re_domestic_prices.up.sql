CREATE TABLE re_domestic_linehaul_prices (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    weight_lower integer NOT NULL CONSTRAINT re_domestic_linehaul_prices_weight_lower_min CHECK (weight_lower >= 500),
    weight_upper integer NOT NULL,
    miles_lower integer NOT NULL CONSTRAINT re_domestic_linehaul_prices_miles_lower_min CHECK (miles_lower >= 0),
    miles_upper integer NOT NULL,
    is_peak_period boolean NOT NULL,
    domestic_service_area_id uuid NOT NULL REFERENCES re_domestic_service_areas (id),
    price_millicents integer NOT NULL CONSTRAINT re_domestic_linehaul_prices_price_not_negative CHECK (price_millicents >= 0),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_domestic_linehaul_prices_weight_range CHECK (weight_upper > weight_lower),
    CONSTRAINT re_domestic_linehaul_prices_miles_range CHECK (miles_upper > miles_lower),
    CONSTRAINT re_domestic_linehaul_prices_unique_key
        UNIQUE (contract_id, weight_lower, weight_upper, miles_lower, miles_upper, is_peak_period, domestic_service_area_id)
);

CREATE INDEX re_domestic_linehaul_prices_domestic_service_area_id_idx ON re_domestic_linehaul_prices (domestic_service_area_id);

COMMENT ON TABLE re_domestic_linehaul_prices IS 'Domestic linehaul prices by origin service area, weight band, mileage band and season (pricing template tab 2a).';
COMMENT ON COLUMN re_domestic_linehaul_prices.contract_id IS 'Contract this price belongs to.';
COMMENT ON COLUMN re_domestic_linehaul_prices.weight_lower IS 'Lower bound of the weight band in pounds (inclusive), at least 500.';
COMMENT ON COLUMN re_domestic_linehaul_prices.weight_upper IS 'Upper bound of the weight band in pounds (inclusive).';
COMMENT ON COLUMN re_domestic_linehaul_prices.miles_lower IS 'Lower bound of the mileage band (inclusive).';
COMMENT ON COLUMN re_domestic_linehaul_prices.miles_upper IS 'Upper bound of the mileage band (inclusive).';
COMMENT ON COLUMN re_domestic_linehaul_prices.is_peak_period IS 'True for the peak season price, false for the non-peak price.';
COMMENT ON COLUMN re_domestic_linehaul_prices.domestic_service_area_id IS 'Origin domestic service area.';
COMMENT ON COLUMN re_domestic_linehaul_prices.price_millicents IS 'Price per cwt per mile in thousandths of a cent ($2.477 is 247700).';

CREATE TABLE re_domestic_service_area_prices (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    service_id uuid NOT NULL REFERENCES re_services (id),
    is_peak_period boolean NOT NULL,
    domestic_service_area_id uuid NOT NULL REFERENCES re_domestic_service_areas (id),
    price_cents integer NOT NULL CONSTRAINT re_domestic_service_area_prices_price_positive CHECK (price_cents > 0),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_domestic_service_area_prices_unique_key
        UNIQUE (contract_id, service_id, is_peak_period, domestic_service_area_id)
);

CREATE INDEX re_domestic_service_area_prices_service_id_idx ON re_domestic_service_area_prices (service_id);
CREATE INDEX re_domestic_service_area_prices_domestic_service_area_id_idx ON re_domestic_service_area_prices (domestic_service_area_id);

COMMENT ON TABLE re_domestic_service_area_prices IS 'Domestic prices per service area: shorthaul, origin/destination, SIT first day and additional days (pricing template tab 2b).';
COMMENT ON COLUMN re_domestic_service_area_prices.contract_id IS 'Contract this price belongs to.';
COMMENT ON COLUMN re_domestic_service_area_prices.service_id IS 'Priced service (DSH, DOP, DDP, DOFSIT, DDFSIT, DOASIT or DDASIT).';
COMMENT ON COLUMN re_domestic_service_area_prices.is_peak_period IS 'True for the peak season price, false for the non-peak price.';
COMMENT ON COLUMN re_domestic_service_area_prices.domestic_service_area_id IS 'Domestic service area the price applies to.';
COMMENT ON COLUMN re_domestic_service_area_prices.price_cents IS 'Price in cents per cwt (per cwt per mile for shorthaul); greater than 0.';

CREATE TABLE re_domestic_other_prices (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    service_id uuid NOT NULL REFERENCES re_services (id),
    is_peak_period boolean NOT NULL,
    schedule integer NOT NULL CONSTRAINT re_domestic_other_prices_schedule_range CHECK (schedule BETWEEN 1 AND 3),
    price_cents integer NOT NULL CONSTRAINT re_domestic_other_prices_price_positive CHECK (price_cents > 0),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_domestic_other_prices_unique_key UNIQUE (contract_id, service_id, is_peak_period, schedule)
);

CREATE INDEX re_domestic_other_prices_service_id_idx ON re_domestic_other_prices (service_id);

COMMENT ON TABLE re_domestic_other_prices IS 'Domestic pack/unpack and SIT pickup/delivery prices by schedule (pricing template tab 2c).';
COMMENT ON COLUMN re_domestic_other_prices.contract_id IS 'Contract this price belongs to.';
COMMENT ON COLUMN re_domestic_other_prices.service_id IS 'Priced service (DPK, DUPK, DOPSIT or DDDSIT).';
COMMENT ON COLUMN re_domestic_other_prices.is_peak_period IS 'True for the peak season price, false for the non-peak price.';
COMMENT ON COLUMN re_domestic_other_prices.schedule IS 'Services schedule (pack/unpack) or SIT pickup/delivery schedule (SIT), 1 to 3.';
COMMENT ON COLUMN re_domestic_other_prices.price_cents IS 'Price in cents per cwt; greater than 0.';

CREATE TABLE re_domestic_accessorial_prices (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    service_id uuid NOT NULL REFERENCES re_services (id),
    services_schedule integer NOT NULL CONSTRAINT re_domestic_accessorial_prices_services_schedule_range CHECK (services_schedule BETWEEN 1 AND 3),
    per_unit_cents integer NOT NULL CONSTRAINT re_domestic_accessorial_prices_price_positive CHECK (per_unit_cents > 0),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_domestic_accessorial_prices_unique_key UNIQUE (contract_id, service_id, services_schedule)
);

CREATE INDEX re_domestic_accessorial_prices_service_id_idx ON re_domestic_accessorial_prices (service_id);

COMMENT ON TABLE re_domestic_accessorial_prices IS 'Domestic accessorial prices: crating, uncrating and shuttle service (pricing template tab 5a).';
COMMENT ON COLUMN re_domestic_accessorial_prices.contract_id IS 'Contract this price belongs to.';
COMMENT ON COLUMN re_domestic_accessorial_prices.service_id IS 'Priced service (DCRT, DCRTSA, DUCRT, DDSHUT or DOSHUT).';
COMMENT ON COLUMN re_domestic_accessorial_prices.services_schedule IS 'Services schedule, 1 to 3.';
COMMENT ON COLUMN re_domestic_accessorial_prices.per_unit_cents IS 'Price in cents per unit of measure (cubic foot for crating, cwt for shuttle); greater than 0.';
