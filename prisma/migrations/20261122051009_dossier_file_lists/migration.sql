-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "component_files" JSONB,
ADD COLUMN     "result_files" JSONB;
