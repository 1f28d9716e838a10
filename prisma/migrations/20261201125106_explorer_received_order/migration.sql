-- CreateIndex
CREATE INDEX "dossier_province_id_received_at_id_idx" ON "dossier"("province_id", "received_at", "id");

-- CreateIndex
CREATE INDEX "dossier_province_id_resolving_agency_id_received_at_id_idx" ON "dossier"("province_id", "resolving_agency_id", "received_at", "id");
