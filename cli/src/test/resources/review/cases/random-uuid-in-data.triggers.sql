INSERT INTO customers (id, name, email) VALUES (uuid_generate_v4(), 'Walk-in', 'walk-in@example.com'); -- expect random-uuid-in-data
DO $$ -- expect random-uuid-in-data
BEGIN
    INSERT INTO audit_log (id, entry) VALUES (gen_random_uuid(), 'seeded');
END
$$;
-- No UUID function in the text: orders.id defaults to uuid_generate_v4().
INSERT INTO orders (customer_id, amount, status) VALUES (md5('customer 1')::uuid, 5, 'open'); -- expect random-uuid-in-data
