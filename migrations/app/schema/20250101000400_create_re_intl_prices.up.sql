CREATE TABLE re_intl_prices (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    service_id uuid NOT NULL REFERENCES re_services (id),
    is_peak_period boolean NOT NULL,
    origin_rate_area_id uuid NOT NULL REFERENCES re_rate_areas (id),
    destination_rate_area_id uuid NOT NULL REFERENCES re_rate_areas (id),
    per_unit_cents integer NOT NULL CONSTRAINT re_intl_prices_price_not_negative CHECK (per_unit_cents >= 0),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_intl_prices_unique_key
        UNIQUE (contract_id, service_id, is_peak_period, origin_rate_area_id, destination_rate_area_id)
);

CREATE INDEX re_intl_prices_service_id_idx ON re_intl_prices (service_id);
CREATE INDEX re_intl_prices_origin_rate_area_id_idx ON re_intl_prices (origin_rate_area_id);
CREATE INDEX re_intl_prices_destination_rate_area_id_idx ON re_intl_prices (destination_rate_area_id);

COMMENT ON TABLE re_intl_prices IS 'International shipping/linehaul and UB prices between two rate areas (pricing template tabs 3a, 3b, 3c and 3e).';
COMMENT ON COLUMN re_intl_prices.contract_id IS 'Contract this price belongs to.';
COMMENT ON COLUMN re_intl_prices.service_id IS 'Priced service (ISLH or UBP).';
COMMENT ON COLUMN re_intl_prices.is_peak_period IS 'True for the peak season price, false for the non-peak price.';
COMMENT ON COLUMN re_intl_prices.origin_rate_area_id IS 'Origin rate area (domestic, international or non-standard).';
COMMENT ON COLUMN re_intl_prices.destination_rate_area_id IS 'Destination rate area (domestic, international or non-standard).';
COMMENT ON COLUMN re_intl_prices.per_unit_cents IS 'Price in cents per cwt; 0 or more.';

CREATE TABLE re_intl_other_prices (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    service_id uuid NOT NULL REFERENCES re_services (id),
    is_peak_period boolean NOT NULL,
    rate_area_id uuid NOT NULL REFERENCES re_rate_areas (id),
    per_unit_cents integer NOT NULL CONSTRAINT re_intl_other_prices_price_not_negative CHECK (per_unit_cents >= 0),
    is_less_50_miles boolean,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_intl_other_prices_unique_key
        UNIQUE (contract_id, service_id, is_peak_period, rate_area_id, is_less_50_miles)
);

CREATE INDEX re_intl_other_prices_service_id_idx ON re_intl_other_prices (service_id);
CREATE INDEX re_intl_other_prices_rate_area_id_idx ON re_intl_other_prices (rate_area_id);

COMMENT ON TABLE re_intl_other_prices IS 'International pack/unpack and SIT prices per rate area (pricing template tab 3d).';
COMMENT ON COLUMN re_intl_other_prices.contract_id IS 'Contract this price belongs to.';
COMMENT ON COLUMN re_intl_other_prices.service_id IS 'Priced service (IHPK, IHUPK, IUBPK, IUBUPK, IOFSIT, IDFSIT, IOASIT, IDASIT, IOPSIT or IDDSIT).';
COMMENT ON COLUMN re_intl_other_prices.is_peak_period IS 'True for the peak season price, false for the non-peak price.';
COMMENT ON COLUMN re_intl_other_prices.rate_area_id IS 'Rate area the price applies to (international, domestic or non-standard).';
COMMENT ON COLUMN re_intl_other_prices.per_unit_cents IS 'Price in cents per cwt (per cwt per mile for SIT pickup/delivery over 50 miles); 0 or more.';
COMMENT ON COLUMN re_intl_other_prices.is_less_50_miles IS 'For SIT pickup/delivery: true for 50 miles or less, false for more; NULL when not distinguished (the import leaves it NULL, so the unique key does not apply to such rows).';

CREATE TABLE re_intl_accessorial_prices (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    service_id uuid NOT NULL REFERENCES re_services (id),
    market char(1) NOT NULL CONSTRAINT re_intl_accessorial_prices_market_values CHECK (market IN ('C', 'O')),
    per_unit_cents integer NOT NULL CONSTRAINT re_intl_accessorial_prices_price_not_negative CHECK (per_unit_cents >= 0),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_intl_accessorial_prices_unique_key UNIQUE (contract_id, service_id, market)
);

CREATE INDEX re_intl_accessorial_prices_service_id_idx ON re_intl_accessorial_prices (service_id);

COMMENT ON TABLE re_intl_accessorial_prices IS 'International accessorial prices: crating, uncrating and shuttle service by market (pricing template tab 5a).';
COMMENT ON COLUMN re_intl_accessorial_prices.contract_id IS 'Contract this price belongs to.';
COMMENT ON COLUMN re_intl_accessorial_prices.service_id IS 'Priced service (ICRT, IUCRT, IDSHUT or IOSHUT).';
COMMENT ON COLUMN re_intl_accessorial_prices.market IS 'Market: C for CONUS, O for OCONUS.';
COMMENT ON COLUMN re_intl_accessorial_prices.per_unit_cents IS 'Price in cents per unit of measure (cubic foot for crating, cwt for shuttle); 0 or more.';
