-- DropForeignKey
ALTER TABLE "indicator_value" DROP CONSTRAINT "indicator_value_indicator_id_fkey";

-- DropForeignKey
ALTER TABLE "indicator_value" DROP CONSTRAINT "indicator_value_province_id_agency_id_fkey";

-- DropForeignKey
ALTER TABLE "indicator_value" DROP CONSTRAINT "indicator_value_province_id_fkey";

-- DropTable
DROP TABLE "indicator_value";

-- DropEnum
DROP TYPE "indicator_value_status";
