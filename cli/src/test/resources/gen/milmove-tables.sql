-- The tables MilMove's secure-migration generators write to, with MilMove's column names and constraints (a subset of
-- its schema), and the reference rows the generated statements look up.
CREATE TABLE users (
    id uuid PRIMARY KEY,
    okta_email text,
    active boolean NOT NULL DEFAULT false,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE roles (
    id uuid PRIMARY KEY,
    role_type text NOT NULL CONSTRAINT unique_roles UNIQUE,
    role_name text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE users_roles (
    id uuid PRIMARY KEY,
    role_id uuid NOT NULL REFERENCES roles (id),
    user_id uuid NOT NULL REFERENCES users (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    deleted_at timestamp
);

CREATE TABLE client_certs (
    id uuid PRIMARY KEY,
    sha256_digest char(64) NOT NULL CONSTRAINT client_certs_sha256_digest_idx UNIQUE,
    subject text NOT NULL CONSTRAINT client_certs_subject_idx UNIQUE,
    user_id uuid CONSTRAINT client_certs_user_id_fkey REFERENCES users (id),
    allow_dps_auth_api boolean DEFAULT false,
    allow_orders_api boolean DEFAULT false,
    allow_prime boolean NOT NULL DEFAULT false,
    allow_pptas boolean NOT NULL DEFAULT false,
    allow_air_force_orders_read boolean NOT NULL DEFAULT false,
    allow_air_force_orders_write boolean NOT NULL DEFAULT false,
    allow_army_orders_read boolean NOT NULL DEFAULT false,
    allow_army_orders_write boolean NOT NULL DEFAULT false,
    allow_coast_guard_orders_read boolean NOT NULL DEFAULT false,
    allow_coast_guard_orders_write boolean NOT NULL DEFAULT false,
    allow_marine_corps_orders_read boolean NOT NULL DEFAULT false,
    allow_marine_corps_orders_write boolean NOT NULL DEFAULT false,
    allow_navy_orders_read boolean NOT NULL DEFAULT false,
    allow_navy_orders_write boolean NOT NULL DEFAULT false,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE re_countries (
    id uuid PRIMARY KEY,
    country varchar(2) NOT NULL CONSTRAINT unique_re_countries UNIQUE,
    country_name varchar(50) NOT NULL
);

CREATE TABLE addresses (
    id uuid PRIMARY KEY,
    street_address_1 varchar(255) NOT NULL,
    city varchar(255) NOT NULL,
    state varchar(255) NOT NULL,
    postal_code varchar(255) NOT NULL,
    country_id uuid REFERENCES re_countries (id),
    is_oconus boolean,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE transportation_offices (
    id uuid PRIMARY KEY,
    shipping_office_id uuid REFERENCES transportation_offices (id),
    name text NOT NULL,
    address_id uuid NOT NULL REFERENCES addresses (id),
    latitude real NOT NULL,
    longitude real NOT NULL,
    gbloc varchar(4) NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE duty_locations (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    affiliation text,
    address_id uuid NOT NULL REFERENCES addresses (id),
    transportation_office_id uuid REFERENCES transportation_offices (id),
    provides_services_counseling boolean NOT NULL DEFAULT false,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE postal_code_to_gblocs (
    id uuid PRIMARY KEY,
    postal_code varchar(5) NOT NULL UNIQUE,
    gbloc varchar(4) NOT NULL,
    created_at timestamp NOT NULL DEFAULT now(),
    updated_at timestamp NOT NULL DEFAULT now()
);

INSERT INTO roles VALUES
    ('10000000-0000-0000-0000-000000000001', 'prime', 'Prime', now(), now()),
    ('10000000-0000-0000-0000-000000000002', 'customer', 'Customer', now(), now());
INSERT INTO re_countries VALUES ('20000000-0000-0000-0000-000000000001', 'US', 'UNITED STATES');

-- Offices: a shipping office (PPSO) and two offices it serves in GBLOC USMC, one in 28542, one in 22134;
-- GBLOC KKFA has only a shipping office, which has no shipping office of its own.
INSERT INTO addresses VALUES
    ('30000000-0000-0000-0000-000000000001', '1 Main', 'Camp Lejeune', 'NC', '28542', '20000000-0000-0000-0000-000000000001', false, now(), now()),
    ('30000000-0000-0000-0000-000000000002', '2 Main', 'Quantico', 'VA', '22134', '20000000-0000-0000-0000-000000000001', false, now(), now()),
    ('30000000-0000-0000-0000-000000000003', '3 Main', 'Albany', 'GA', '31704', '20000000-0000-0000-0000-000000000001', false, now(), now()),
    ('30000000-0000-0000-0000-000000000004', '4 Main', 'Denver', 'CO', '80230', '20000000-0000-0000-0000-000000000001', false, now(), now()),
    ('30000000-0000-0000-0000-000000000005', '5 Main', 'Twentynine Palms', 'CA', '92278', '20000000-0000-0000-0000-000000000001', false, now(), now());
INSERT INTO transportation_offices VALUES
    ('40000000-0000-0000-0000-000000000001', NULL, 'PPSO USMC', '30000000-0000-0000-0000-000000000003', 31.5, -84.1, 'USMC', now(), now()),
    ('40000000-0000-0000-0000-000000000002', '40000000-0000-0000-0000-000000000001', 'PPPO Camp Lejeune', '30000000-0000-0000-0000-000000000001', 34.6, -77.3, 'USMC', now(), now()),
    ('40000000-0000-0000-0000-000000000003', '40000000-0000-0000-0000-000000000001', 'PPPO Quantico', '30000000-0000-0000-0000-000000000002', 38.5, -77.3, 'USMC', now(), now()),
    ('40000000-0000-0000-0000-000000000004', NULL, 'PPSO KKFA', '30000000-0000-0000-0000-000000000004', 39.7, -104.9, 'KKFA', now(), now());
-- A Marines duty location already at 92278.
INSERT INTO duty_locations VALUES
    ('50000000-0000-0000-0000-000000000001', 'MCAGCC Twentynine Palms', 'MARINES', '30000000-0000-0000-0000-000000000005', '40000000-0000-0000-0000-000000000002', false, now(), now());
INSERT INTO postal_code_to_gblocs (id, postal_code, gbloc) VALUES
    ('60000000-0000-0000-0000-000000000001', '28542', 'USMC'),
    ('60000000-0000-0000-0000-000000000002', '28547', 'USMC'),
    ('60000000-0000-0000-0000-000000000003', '22134', 'USMC'),
    ('60000000-0000-0000-0000-000000000004', '92278', 'USMC'),
    ('60000000-0000-0000-0000-000000000005', '80230', 'KKFA'),
    ('60000000-0000-0000-0000-000000000006', '96860', 'HAFC');
