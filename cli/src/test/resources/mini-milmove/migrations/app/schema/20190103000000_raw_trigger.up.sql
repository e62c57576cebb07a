-- POP RAW MIGRATION --
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now(); -- keep the row's time current
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER issues_touch BEFORE UPDATE ON issues FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
