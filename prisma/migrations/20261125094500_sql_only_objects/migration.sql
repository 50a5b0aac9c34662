-- Objects Prisma's schema cannot express, written by hand. The schema engine ignores them when it
-- diffs, so they survive later migrations (a test checks this).

-- Trigram search on normalised names (client search, issue 5).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Rejects UPDATE, DELETE and TRUNCATE on append-only tables (audit events, signed reports, ...).
CREATE OR REPLACE FUNCTION pcr_forbid_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- A processed ping is a record of fact: it is never changed or removed.
CREATE TRIGGER system_ping_append_only
  BEFORE UPDATE OR DELETE ON "system_ping"
  FOR EACH ROW EXECUTE FUNCTION pcr_forbid_change();
