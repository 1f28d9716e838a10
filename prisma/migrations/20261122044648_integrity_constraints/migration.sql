-- Rules Prisma does not model (CHECK constraints, triggers). Prisma's diff ignores both, so this
-- migration never causes drift between the schema and the migrations.

-- National code lists (DOMAIN.md §2, DATA_FORMATS §3).
ALTER TABLE "dossier"
  ADD CONSTRAINT "dossier_status_check" CHECK ("status" BETWEEN 1 AND 10),
  ADD CONSTRAINT "dossier_channel_check" CHECK ("channel" IN (1, 2, 3)),
  ADD CONSTRAINT "dossier_applicant_type_check" CHECK ("applicant_type" IS NULL OR "applicant_type" BETWEEN 1 AND 4),
  ADD CONSTRAINT "dossier_online_payment_check" CHECK ("online_payment" IS NULL OR "online_payment" IN (0, 1, 2)),
  ADD CONSTRAINT "dossier_counts_check" CHECK (
    ("processing_steps" IS NULL OR "processing_steps" >= 0) AND
    ("supplement_count" IS NULL OR "supplement_count" >= 0) AND
    ("result_file_size" IS NULL OR "result_file_size" >= 0)),
  -- a dossier cannot finish before it was received, nor be due before it
  ADD CONSTRAINT "dossier_date_order_check" CHECK (
    ("finished_at" IS NULL OR "finished_at" >= "received_at") AND
    ("due_at" IS NULL OR "due_at" >= "received_at"));

ALTER TABLE "report_row"
  ADD CONSTRAINT "report_row_non_negative_check" CHECK (
    "c4" >= 0 AND "c5" >= 0 AND "c6" >= 0 AND "c8" >= 0 AND "c9" >= 0 AND "c10" >= 0 AND "c12" >= 0 AND "c13" >= 0);

ALTER TABLE "procedure"
  ADD CONSTRAINT "procedure_legal_days_check" CHECK ("legal_days" >= 0 AND ("legal_days_online" IS NULL OR "legal_days_online" >= 0));

ALTER TABLE "penalty_rule"
  ADD CONSTRAINT "penalty_rule_range_check" CHECK ("threshold" >= 0 AND "threshold" <= 1 AND "points" >= 0);

ALTER TABLE "national_index_snapshot"
  ADD CONSTRAINT "national_index_snapshot_range_check" CHECK (
    "total" BETWEEN 0 AND 100 AND "rank" >= 1 AND "rank" <= "provinces_ranked");

-- The audit log is append-only: who did what has legal weight, so no role of the application
-- may rewrite or erase it.
CREATE FUNCTION "audit_log_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_log_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_reject_change"();

CREATE TRIGGER "audit_log_no_truncate"
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_reject_change"();
