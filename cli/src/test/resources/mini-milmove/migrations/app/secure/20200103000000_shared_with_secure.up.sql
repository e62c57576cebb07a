CREATE TABLE shared_file (id int);
