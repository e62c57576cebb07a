UPDATE orders SET status = 'closed' WHERE amount > 150;
