CREATE TABLE people (name text);

COPY people (name) FROM stdin;
    Ada
\.
