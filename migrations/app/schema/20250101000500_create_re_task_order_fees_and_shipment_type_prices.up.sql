CREATE TABLE re_task_order_fees (
    id uuid PRIMARY KEY,
    contract_year_id uuid NOT NULL REFERENCES re_contract_years (id),
    service_id uuid NOT NULL REFERENCES re_services (id),
    price_cents integer NOT NULL CONSTRAINT re_task_order_fees_price_positive CHECK (price_cents > 0),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_task_order_fees_unique_key UNIQUE (contract_year_id, service_id)
);

CREATE INDEX re_task_order_fees_service_id_idx ON re_task_order_fees (service_id);

COMMENT ON TABLE re_task_order_fees IS 'Per task order fees for move management and counseling, by contract year (pricing template tab 4a).';
COMMENT ON COLUMN re_task_order_fees.contract_year_id IS 'Contract year the fee applies to.';
COMMENT ON COLUMN re_task_order_fees.service_id IS 'Priced service (MS for shipment management, CS for counseling).';
COMMENT ON COLUMN re_task_order_fees.price_cents IS 'Fee in cents per task order; greater than 0.';

CREATE TABLE re_shipment_type_prices (
    id uuid PRIMARY KEY,
    contract_id uuid NOT NULL REFERENCES re_contracts (id),
    service_id uuid NOT NULL REFERENCES re_services (id),
    market char(1) NOT NULL CONSTRAINT re_shipment_type_prices_market_values CHECK (market IN ('C', 'O')),
    factor numeric(4, 2) NOT NULL CONSTRAINT re_shipment_type_prices_factor_not_negative CHECK (factor >= 0),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    CONSTRAINT re_shipment_type_prices_unique_key UNIQUE (contract_id, service_id, market)
);

CREATE INDEX re_shipment_type_prices_service_id_idx ON re_shipment_type_prices (service_id);

COMMENT ON TABLE re_shipment_type_prices IS 'Price factors for special shipment types: mobile homes, boats, NTS packing (pricing template tab 5a).';
COMMENT ON COLUMN re_shipment_type_prices.contract_id IS 'Contract this factor belongs to.';
COMMENT ON COLUMN re_shipment_type_prices.service_id IS 'Priced service (DMHF, DBTF, IBTF, DBHF, IBHF, DNPK or INPK).';
COMMENT ON COLUMN re_shipment_type_prices.market IS 'Market: C for CONUS, O for OCONUS.';
COMMENT ON COLUMN re_shipment_type_prices.factor IS 'Factor applied to the base price; 0 or more.';
