-- The summary becomes half-month events (see the DossierSummary model). It is derived data:
-- dropped here and rebuilt from the dossiers at the next start (lib/stats/calendar.ts
-- rebuildMissingStatistics), so no figure changes.
DROP TABLE "dossier_summary";

-- CreateTable
CREATE TABLE "dossier_summary" (
    "province_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "field_id" INTEGER NOT NULL,
    "half_month" INTEGER NOT NULL,
    "received" INTEGER NOT NULL,
    "received_online" INTEGER NOT NULL,
    "received_synced" INTEGER NOT NULL,
    "received_due_beyond_legal" INTEGER NOT NULL,
    "received_fee_bearing" INTEGER NOT NULL,
    "received_paid_online" INTEGER NOT NULL,
    "received_vneid_verified" INTEGER NOT NULL,
    "received_history_gap" INTEGER NOT NULL,
    "finished" INTEGER NOT NULL,
    "finished_before" INTEGER NOT NULL,
    "finished_on_time" INTEGER NOT NULL,
    "finished_late" INTEGER NOT NULL,
    "finished_late_apology" INTEGER NOT NULL,
    "finished_history_gap" INTEGER NOT NULL,
    "result_expected" INTEGER NOT NULL,
    "result_present" INTEGER NOT NULL,
    "result_missing" INTEGER NOT NULL,
    "result_blank" INTEGER NOT NULL,
    "result_archive" INTEGER NOT NULL,
    "result_identical" INTEGER NOT NULL,
    "result_defective" INTEGER NOT NULL,
    "digitised_with_result" INTEGER NOT NULL,
    "overdue" INTEGER NOT NULL,
    "overdue_apology" INTEGER NOT NULL,
    "overdue_ended" INTEGER NOT NULL,
    "overdue_ended_apology" INTEGER NOT NULL,

    CONSTRAINT "dossier_summary_pkey" PRIMARY KEY ("province_id","agency_id","field_id","half_month")
);

-- CreateTable
CREATE TABLE "dossier_summary_agency" (
    "province_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "half_month" INTEGER NOT NULL,
    "received" INTEGER NOT NULL,
    "received_online" INTEGER NOT NULL,
    "received_synced" INTEGER NOT NULL,
    "received_due_beyond_legal" INTEGER NOT NULL,
    "received_fee_bearing" INTEGER NOT NULL,
    "received_paid_online" INTEGER NOT NULL,
    "received_vneid_verified" INTEGER NOT NULL,
    "received_history_gap" INTEGER NOT NULL,
    "finished" INTEGER NOT NULL,
    "finished_before" INTEGER NOT NULL,
    "finished_on_time" INTEGER NOT NULL,
    "finished_late" INTEGER NOT NULL,
    "finished_late_apology" INTEGER NOT NULL,
    "finished_history_gap" INTEGER NOT NULL,
    "result_expected" INTEGER NOT NULL,
    "result_present" INTEGER NOT NULL,
    "result_missing" INTEGER NOT NULL,
    "result_blank" INTEGER NOT NULL,
    "result_archive" INTEGER NOT NULL,
    "result_identical" INTEGER NOT NULL,
    "result_defective" INTEGER NOT NULL,
    "digitised_with_result" INTEGER NOT NULL,
    "overdue" INTEGER NOT NULL,
    "overdue_apology" INTEGER NOT NULL,
    "overdue_ended" INTEGER NOT NULL,
    "overdue_ended_apology" INTEGER NOT NULL,

    CONSTRAINT "dossier_summary_agency_pkey" PRIMARY KEY ("province_id","agency_id","half_month")
);

-- CreateIndex
CREATE INDEX "dossier_summary_agency_province_id_half_month_idx" ON "dossier_summary_agency"("province_id", "half_month");

-- CreateIndex
CREATE INDEX "dossier_summary_province_id_half_month_idx" ON "dossier_summary"("province_id", "half_month");
