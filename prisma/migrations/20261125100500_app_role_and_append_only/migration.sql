-- Written by hand: the application's database role and the append-only audit tables.

-- The role the application works as (SET ROLE on every connection, see DATABASE_APP_ROLE). It owns
-- nothing and may not change the audit trail. Roles are cluster-wide, so create it only once.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pcr_app') THEN
    CREATE ROLE pcr_app NOLOGIN;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO pcr_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pcr_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pcr_app;
-- Tables created by later migrations get the same privileges.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pcr_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pcr_app;

-- Migration history is not the application's business (absent on a shadow database).
DO $$
BEGIN
  IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM pcr_app;
  END IF;
END
$$;
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event", "audit_seal" FROM pcr_app;

-- Even the owner cannot change or remove audit rows without dropping these triggers first.
CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION pcr_forbid_change();
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION pcr_forbid_change();
CREATE TRIGGER audit_seal_append_only
  BEFORE UPDATE OR DELETE ON "audit_seal"
  FOR EACH ROW EXECUTE FUNCTION pcr_forbid_change();
CREATE TRIGGER audit_seal_no_truncate
  BEFORE TRUNCATE ON "audit_seal"
  FOR EACH STATEMENT EXECUTE FUNCTION pcr_forbid_change();
