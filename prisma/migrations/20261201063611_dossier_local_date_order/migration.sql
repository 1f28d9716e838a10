-- The local dates keep the order of the instants they come from (dossier_date_order_check): no
-- dossier finishes, nor falls due, before the date it was received. The statistics summary
-- (lib/stats/summary.ts) relies on it to read every window from half-month sums.
ALTER TABLE "dossier"
  ADD CONSTRAINT "dossier_local_date_order_check" CHECK (
    ("finished_on" IS NULL OR "finished_on" >= "received_on") AND
    ("due_on" IS NULL OR "due_on" >= "received_on") AND
    ("legal_due_on" IS NULL OR "legal_due_on" >= "received_on"));
