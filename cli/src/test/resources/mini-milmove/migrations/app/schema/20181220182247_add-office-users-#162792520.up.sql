CREATE TABLE office_users (id uuid PRIMARY KEY, email text NOT NULL);
