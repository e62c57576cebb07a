DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'move_status') THEN
        CREATE TYPE move_status AS ENUM ('DRAFT', 'SUBMITTED');
    END IF;
END $$;
