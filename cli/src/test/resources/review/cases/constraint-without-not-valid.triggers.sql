ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id); -- expect constraint-without-not-valid
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID; -- expect constraint-without-not-valid, exclusive-lock-held
ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;
