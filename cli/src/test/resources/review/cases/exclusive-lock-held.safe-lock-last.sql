UPDATE customers SET nickname = name WHERE nickname IS NULL;
SELECT lock_orders();
