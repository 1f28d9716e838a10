-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "legal_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "legal_due_on" DATE;

-- CreateTable
CREATE TABLE "dossier_summary" (
    "province_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "field_id" INTEGER NOT NULL,
    "received_seg" INTEGER NOT NULL,
    "finished_seg" INTEGER NOT NULL,
    "timing" SMALLINT NOT NULL,
    "overdue_from_seg" INTEGER NOT NULL,
    "waiting" BOOLEAN NOT NULL,
    "dossiers" INTEGER NOT NULL,
    "online" INTEGER NOT NULL,
    "synced" INTEGER NOT NULL,
    "apology_letter" INTEGER NOT NULL,
    "history_gap" INTEGER NOT NULL,
    "due_beyond_legal" INTEGER NOT NULL,
    "result_expected" INTEGER NOT NULL,
    "result_present" INTEGER NOT NULL,
    "result_missing" INTEGER NOT NULL,
    "result_blank" INTEGER NOT NULL,
    "result_archive" INTEGER NOT NULL,
    "result_identical" INTEGER NOT NULL,
    "result_defective" INTEGER NOT NULL,
    "fee_bearing" INTEGER NOT NULL,
    "paid_online" INTEGER NOT NULL,
    "digitised_with_result" INTEGER NOT NULL,
    "vneid_verified" INTEGER NOT NULL,

    CONSTRAINT "dossier_summary_pkey" PRIMARY KEY ("province_id","agency_id","field_id","received_seg","finished_seg","timing","overdue_from_seg","waiting")
);

-- CreateIndex
CREATE INDEX "dossier_summary_province_id_received_seg_idx" ON "dossier_summary"("province_id", "received_seg");
