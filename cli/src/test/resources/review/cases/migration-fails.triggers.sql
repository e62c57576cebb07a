UPDATE orders SET status = 'closed' WHERE amount > 150;
INSERT INTO orders (id, amount) VALUES ('not a uuid', 1); -- expect migration-fails
ALTER TABLE orders DROP COLUMN note;
