-- Written by hand: checkpoints are part of the tamper evidence, so they are append-only too.
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_checkpoint" FROM pcr_app;

CREATE TRIGGER audit_checkpoint_append_only
  BEFORE UPDATE OR DELETE ON "audit_checkpoint"
  FOR EACH ROW EXECUTE FUNCTION pcr_forbid_change();
CREATE TRIGGER audit_checkpoint_no_truncate
  BEFORE TRUNCATE ON "audit_checkpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION pcr_forbid_change();
