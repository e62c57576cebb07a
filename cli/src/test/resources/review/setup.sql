-- The dev database every review fixture is reviewed against: existing tables, with rows.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE DOMAIN cents AS bigint;

CREATE TABLE customers (
    id uuid PRIMARY KEY,
    name varchar(50) NOT NULL,
    email text,
    phone text,
    nickname text,
    deprecated_fax text,
    created_at timestamp NOT NULL DEFAULT now(),
    updated_at timestamp NOT NULL DEFAULT now(),
    CONSTRAINT customers_email_present CHECK (email IS NOT NULL)
);

CREATE TABLE orders (
    id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
    customer_id uuid,
    amount integer,
    note varchar(50),
    status text,
    created_at timestamp NOT NULL DEFAULT now(),
    updated_at timestamp NOT NULL DEFAULT now()
);

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
ALTER TABLE orders ADD CONSTRAINT orders_status_known CHECK (status IN ('open', 'closed')) NOT VALID;

CREATE TABLE audit_log (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entry text NOT NULL
);

CREATE TABLE deprecated_old_orders (id uuid PRIMARY KEY);

-- Takes a lock no text linter sees in a migration that only calls it.
CREATE FUNCTION lock_orders() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;
END
$$;

INSERT INTO customers (id, name, email)
SELECT md5('customer ' || g)::uuid, 'customer ' || g, 'c' || g || '@example.com' FROM generate_series(1, 50) g;
INSERT INTO orders (id, customer_id, amount, note, status)
SELECT md5('order ' || g)::uuid, md5('customer ' || (g % 50 + 1))::uuid, g, 'note ' || g, 'open' FROM generate_series(1, 200) g;
