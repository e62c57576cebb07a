--
-- Written the way pg_dump writes: the search_path is emptied, names are qualified.
--
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.zip3s (zip3 character(3) NOT NULL, city text, note text);

COPY public.zip3s (zip3, city, note) FROM stdin;
	350	Birmingham	\N
	351	Birmingham	n\a
	352	Bessemer	a\tb
\.
