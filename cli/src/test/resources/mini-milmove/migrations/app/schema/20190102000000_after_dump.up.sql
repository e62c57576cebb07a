-- Unqualified: the search_path must be back to normal here.
CREATE TABLE after_dump (id int);
