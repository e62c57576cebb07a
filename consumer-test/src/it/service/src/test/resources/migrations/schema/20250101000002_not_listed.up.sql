CREATE TABLE not_listed (x int);
