-- CreateEnum
CREATE TYPE "agency_level" AS ENUM ('TINH', 'SO', 'HUYEN', 'XA', 'CHINHANH', 'NGANHDOC');

-- CreateEnum
CREATE TYPE "online_level" AS ENUM ('TOAN_TRINH', 'MOT_PHAN', 'KHONG');

-- CreateEnum
CREATE TYPE "holiday_kind" AS ENUM ('NGHI', 'LAMBU');

-- CreateEnum
CREATE TYPE "import_kind" AS ENUM ('AGENCIES', 'PROCEDURES', 'DOSSIERS', 'HOLIDAYS', 'INDEX_SNAPSHOTS', 'REPORTS');

-- CreateEnum
CREATE TYPE "import_source" AS ENUM ('CLI', 'WEB', 'API', 'SEED');

-- CreateEnum
CREATE TYPE "import_status" AS ENUM ('RUNNING', 'COMMITTED', 'DRY_RUN', 'FAILED');

-- CreateEnum
CREATE TYPE "report_status" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "finding_cause" AS ENUM ('DIFFERS', 'OUT_OF_COMPETENCE', 'DOUBLE_COUNTED', 'NOT_IN_CATALOGUE', 'IDENTITY_VIOLATED');

-- CreateEnum
CREATE TYPE "finding_status" AS ENUM ('OPEN', 'EXPLAINED', 'CORRECTED');

-- CreateEnum
CREATE TYPE "scoring_rule" AS ENUM ('LINEAR', 'FULL_AT_THRESHOLD', 'LINEAR_FULL_IF_NONE');

-- CreateEnum
CREATE TYPE "indicator_value_status" AS ENUM ('COMPUTED', 'NOT_COMPUTED');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('ADMIN', 'OFFICE', 'LEADERSHIP', 'FOCAL');

-- CreateEnum
CREATE TYPE "audit_outcome" AS ENUM ('SUCCESS', 'DENIED', 'FAILED');

-- CreateTable
CREATE TABLE "province" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "agency_level" NOT NULL,
    "parent_id" INTEGER,
    "valid_from" DATE,
    "valid_to" DATE,
    "successor_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agency_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "field" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "field_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "procedure" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "field_id" INTEGER NOT NULL,
    "legal_days" DECIMAL(7,2) NOT NULL,
    "legal_days_online" DECIMAL(7,2),
    "competent_levels" "agency_level"[],
    "online_level" "online_level" NOT NULL DEFAULT 'KHONG',
    "has_fees" BOOLEAN NOT NULL DEFAULT false,
    "fee_data_published" BOOLEAN NOT NULL DEFAULT false,
    "returns_result" BOOLEAN NOT NULL DEFAULT true,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "published_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "procedure_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "procedure_agency" (
    "province_id" INTEGER NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,

    CONSTRAINT "procedure_agency_pkey" PRIMARY KEY ("province_id","procedure_id","agency_id")
);

-- CreateTable
CREATE TABLE "dossier" (
    "province_id" INTEGER NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "procedure_id" INTEGER NOT NULL,
    "resolving_agency_id" INTEGER NOT NULL,
    "receiving_agency_id" INTEGER,
    "channel" SMALLINT NOT NULL,
    "status" SMALLINT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "returned_at" TIMESTAMPTZ(3),
    "received_on" DATE NOT NULL,
    "due_on" DATE,
    "finished_on" DATE,
    "applicant_name" TEXT,
    "applicant_type" SMALLINT,
    "synced_to_national" BOOLEAN NOT NULL DEFAULT false,
    "processing_steps" INTEGER,
    "supplement_count" INTEGER,
    "apology_letter" BOOLEAN NOT NULL DEFAULT false,
    "apology_new_due_at" TIMESTAMPTZ(3),
    "online_payment" SMALLINT,
    "components_digitised" BOOLEAN,
    "vneid_verified" BOOLEAN,
    "result_file_name" TEXT,
    "result_file_type" TEXT,
    "result_file_size" BIGINT,
    "result_file_blank" BOOLEAN,
    "result_file_sha256" TEXT,
    "component_sha256" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "source_updated_at" TIMESTAMPTZ(3),
    "import_batch_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dossier_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "holiday" (
    "date" DATE NOT NULL,
    "kind" "holiday_kind" NOT NULL,
    "note" TEXT,

    CONSTRAINT "holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "working_time_rule" (
    "province_id" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "morning_start" TEXT NOT NULL DEFAULT '07:00',
    "morning_end" TEXT NOT NULL DEFAULT '11:30',
    "afternoon_start" TEXT NOT NULL DEFAULT '13:30',
    "afternoon_end" TEXT NOT NULL DEFAULT '17:00',
    "cutoff" TEXT NOT NULL DEFAULT '17:00',

    CONSTRAINT "working_time_rule_pkey" PRIMARY KEY ("province_id","valid_from")
);

-- CreateTable
CREATE TABLE "import_batch" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "kind" "import_kind" NOT NULL,
    "source" "import_source" NOT NULL,
    "status" "import_status" NOT NULL DEFAULT 'RUNNING',
    "file_name" TEXT,
    "file_size" BIGINT,
    "file_sha256" TEXT,
    "read" INTEGER NOT NULL DEFAULT 0,
    "inserted" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "user_id" INTEGER,
    "api_client_id" INTEGER,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "import_row_error" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "record_no" INTEGER NOT NULL,
    "record_key" TEXT,
    "field" TEXT,
    "message" TEXT NOT NULL,
    "rejected" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "import_row_error_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "api_client" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key_prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_client_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "report" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "window_start" DATE NOT NULL,
    "window_end" DATE NOT NULL,
    "status" "report_status" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by_id" INTEGER,
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "report_row" (
    "province_id" INTEGER NOT NULL,
    "report_id" INTEGER NOT NULL,
    "field_code" TEXT NOT NULL,
    "c4" INTEGER NOT NULL DEFAULT 0,
    "c5" INTEGER NOT NULL DEFAULT 0,
    "c6" INTEGER NOT NULL DEFAULT 0,
    "c8" INTEGER NOT NULL DEFAULT 0,
    "c9" INTEGER NOT NULL DEFAULT 0,
    "c10" INTEGER NOT NULL DEFAULT 0,
    "c12" INTEGER NOT NULL DEFAULT 0,
    "c13" INTEGER NOT NULL DEFAULT 0,
    "comments" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "report_row_pkey" PRIMARY KEY ("province_id","report_id","field_code")
);

-- CreateTable
CREATE TABLE "report_status_change" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "from_status" "report_status",
    "to_status" "report_status" NOT NULL,
    "reason" TEXT,
    "user_id" INTEGER,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_status_change_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "report_deadline" (
    "province_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "due_date" DATE NOT NULL,

    CONSTRAINT "report_deadline_pkey" PRIMARY KEY ("province_id","period")
);

-- CreateTable
CREATE TABLE "reconciliation_finding" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "field_code" TEXT NOT NULL,
    "column" TEXT NOT NULL,
    "reported" INTEGER,
    "system" INTEGER,
    "cause" "finding_cause" NOT NULL,
    "status" "finding_status" NOT NULL DEFAULT 'OPEN',
    "explanation" TEXT,
    "resolved_by_id" INTEGER,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reconciliation_finding_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "penalty_rule_set" (
    "province_id" INTEGER NOT NULL,
    "id" SERIAL NOT NULL,
    "valid_from" DATE NOT NULL,
    "note" TEXT,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "penalty_rule_set_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "penalty_rule" (
    "province_id" INTEGER NOT NULL,
    "rule_set_id" INTEGER NOT NULL,
    "level" "agency_level" NOT NULL,
    "threshold" DECIMAL(6,5) NOT NULL,
    "points" DECIMAL(6,2) NOT NULL,

    CONSTRAINT "penalty_rule_pkey" PRIMARY KEY ("province_id","rule_set_id","level")
);

-- CreateTable
CREATE TABLE "indicator_framework" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "province_id" INTEGER,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "source" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_group" (
    "id" SERIAL NOT NULL,
    "framework_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "max_points" DECIMAL(6,2) NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "indicator_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" SERIAL NOT NULL,
    "framework_id" INTEGER NOT NULL,
    "group_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "max_points" DECIMAL(6,2) NOT NULL,
    "rule" "scoring_rule" NOT NULL,
    "threshold" DECIMAL(6,5),
    "computation" TEXT,
    "not_computed_reason" TEXT,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_value" (
    "province_id" INTEGER NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "agency_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "status" "indicator_value_status" NOT NULL,
    "numerator" DECIMAL(14,2),
    "denominator" DECIMAL(14,2),
    "rate" DECIMAL(9,6),
    "points" DECIMAL(6,2),
    "max_points" DECIMAL(6,2) NOT NULL,
    "reason" TEXT,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_value_pkey" PRIMARY KEY ("province_id","id")
);

-- CreateTable
CREATE TABLE "national_index_snapshot" (
    "period" TEXT NOT NULL,
    "province_code" TEXT NOT NULL,
    "province_name" TEXT NOT NULL,
    "total" DECIMAL(6,2) NOT NULL,
    "rank" INTEGER NOT NULL,
    "provinces_ranked" INTEGER NOT NULL,
    "transparency" DECIMAL(6,2),
    "progress" DECIMAL(6,2),
    "online_service" DECIMAL(6,2),
    "online_payment" DECIMAL(6,2),
    "satisfaction" DECIMAL(6,2),
    "digitisation" DECIMAL(6,2),
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "national_index_snapshot_pkey" PRIMARY KEY ("period","province_code")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "email" TEXT,
    "password_hash" TEXT,
    "oidc_subject" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "province_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_login_at" TIMESTAMPTZ(3),

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_assignment" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "role" "role" NOT NULL,
    "province_id" INTEGER NOT NULL,
    "agency_id" INTEGER,
    "include_subunits" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "role_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "province_id" INTEGER,
    "user_id" INTEGER,
    "api_client_id" INTEGER,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "outcome" "audit_outcome" NOT NULL DEFAULT 'SUCCESS',
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "province_code_key" ON "province"("code");

-- CreateIndex
CREATE INDEX "agency_province_id_parent_id_idx" ON "agency"("province_id", "parent_id");

-- CreateIndex
CREATE INDEX "agency_province_id_level_idx" ON "agency"("province_id", "level");

-- CreateIndex
CREATE UNIQUE INDEX "agency_province_id_code_key" ON "agency"("province_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "field_province_id_code_key" ON "field"("province_id", "code");

-- CreateIndex
CREATE INDEX "procedure_province_id_field_id_idx" ON "procedure"("province_id", "field_id");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_province_id_code_key" ON "procedure"("province_id", "code");

-- CreateIndex
CREATE INDEX "procedure_agency_province_id_agency_id_idx" ON "procedure_agency"("province_id", "agency_id");

-- CreateIndex
CREATE INDEX "dossier_province_id_resolving_agency_id_received_on_idx" ON "dossier"("province_id", "resolving_agency_id", "received_on");

-- CreateIndex
CREATE INDEX "dossier_province_id_resolving_agency_id_finished_on_idx" ON "dossier"("province_id", "resolving_agency_id", "finished_on");

-- CreateIndex
CREATE INDEX "dossier_province_id_received_on_idx" ON "dossier"("province_id", "received_on");

-- CreateIndex
CREATE INDEX "dossier_province_id_procedure_id_idx" ON "dossier"("province_id", "procedure_id");

-- CreateIndex
CREATE INDEX "dossier_province_id_status_due_on_idx" ON "dossier"("province_id", "status", "due_on");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_province_id_code_key" ON "dossier"("province_id", "code");

-- CreateIndex
CREATE INDEX "import_batch_province_id_started_at_idx" ON "import_batch"("province_id", "started_at");

-- CreateIndex
CREATE INDEX "import_row_error_province_id_batch_id_record_no_idx" ON "import_row_error"("province_id", "batch_id", "record_no");

-- CreateIndex
CREATE UNIQUE INDEX "api_client_key_hash_key" ON "api_client"("key_hash");

-- CreateIndex
CREATE INDEX "report_province_id_period_status_idx" ON "report"("province_id", "period", "status");

-- CreateIndex
CREATE UNIQUE INDEX "report_province_id_agency_id_period_key" ON "report"("province_id", "agency_id", "period");

-- CreateIndex
CREATE INDEX "report_status_change_province_id_report_id_at_idx" ON "report_status_change"("province_id", "report_id", "at");

-- CreateIndex
CREATE INDEX "reconciliation_finding_province_id_report_id_status_idx" ON "reconciliation_finding"("province_id", "report_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "penalty_rule_set_province_id_valid_from_key" ON "penalty_rule_set"("province_id", "valid_from");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_framework_code_version_key" ON "indicator_framework"("code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_group_framework_id_code_key" ON "indicator_group"("framework_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_framework_id_code_key" ON "indicator"("framework_id", "code");

-- CreateIndex
CREATE INDEX "indicator_value_province_id_period_idx" ON "indicator_value"("province_id", "period");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_value_province_id_indicator_id_agency_id_period_key" ON "indicator_value"("province_id", "indicator_id", "agency_id", "period");

-- CreateIndex
CREATE INDEX "national_index_snapshot_province_code_period_idx" ON "national_index_snapshot"("province_code", "period");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_oidc_subject_key" ON "app_user"("oidc_subject");

-- CreateIndex
CREATE INDEX "role_assignment_user_id_idx" ON "role_assignment"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_province_id_at_idx" ON "audit_log"("province_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_user_id_at_idx" ON "audit_log"("user_id", "at");

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_province_id_parent_id_fkey" FOREIGN KEY ("province_id", "parent_id") REFERENCES "agency"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "agency" ADD CONSTRAINT "agency_province_id_successor_id_fkey" FOREIGN KEY ("province_id", "successor_id") REFERENCES "agency"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "field" ADD CONSTRAINT "field_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_province_id_field_id_fkey" FOREIGN KEY ("province_id", "field_id") REFERENCES "field"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "procedure_agency" ADD CONSTRAINT "procedure_agency_province_id_procedure_id_fkey" FOREIGN KEY ("province_id", "procedure_id") REFERENCES "procedure"("province_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "procedure_agency" ADD CONSTRAINT "procedure_agency_province_id_agency_id_fkey" FOREIGN KEY ("province_id", "agency_id") REFERENCES "agency"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_province_id_procedure_id_fkey" FOREIGN KEY ("province_id", "procedure_id") REFERENCES "procedure"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_province_id_resolving_agency_id_fkey" FOREIGN KEY ("province_id", "resolving_agency_id") REFERENCES "agency"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_province_id_receiving_agency_id_fkey" FOREIGN KEY ("province_id", "receiving_agency_id") REFERENCES "agency"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_province_id_import_batch_id_fkey" FOREIGN KEY ("province_id", "import_batch_id") REFERENCES "import_batch"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "working_time_rule" ADD CONSTRAINT "working_time_rule_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_province_id_api_client_id_fkey" FOREIGN KEY ("province_id", "api_client_id") REFERENCES "api_client"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "import_row_error" ADD CONSTRAINT "import_row_error_province_id_batch_id_fkey" FOREIGN KEY ("province_id", "batch_id") REFERENCES "import_batch"("province_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_province_id_agency_id_fkey" FOREIGN KEY ("province_id", "agency_id") REFERENCES "agency"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_row" ADD CONSTRAINT "report_row_province_id_report_id_fkey" FOREIGN KEY ("province_id", "report_id") REFERENCES "report"("province_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "report_status_change" ADD CONSTRAINT "report_status_change_province_id_report_id_fkey" FOREIGN KEY ("province_id", "report_id") REFERENCES "report"("province_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "report_status_change" ADD CONSTRAINT "report_status_change_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_deadline" ADD CONSTRAINT "report_deadline_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reconciliation_finding" ADD CONSTRAINT "reconciliation_finding_province_id_report_id_fkey" FOREIGN KEY ("province_id", "report_id") REFERENCES "report"("province_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "reconciliation_finding" ADD CONSTRAINT "reconciliation_finding_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "penalty_rule_set" ADD CONSTRAINT "penalty_rule_set_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "penalty_rule_set" ADD CONSTRAINT "penalty_rule_set_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "penalty_rule" ADD CONSTRAINT "penalty_rule_province_id_rule_set_id_fkey" FOREIGN KEY ("province_id", "rule_set_id") REFERENCES "penalty_rule_set"("province_id", "id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "indicator_group" ADD CONSTRAINT "indicator_group_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "indicator_framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "indicator_framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "indicator_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_province_id_agency_id_fkey" FOREIGN KEY ("province_id", "agency_id") REFERENCES "agency"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_province_id_fkey" FOREIGN KEY ("province_id") REFERENCES "province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_province_id_agency_id_fkey" FOREIGN KEY ("province_id", "agency_id") REFERENCES "agency"("province_id", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
