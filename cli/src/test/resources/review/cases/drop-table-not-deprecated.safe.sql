DROP TABLE deprecated_old_orders;
