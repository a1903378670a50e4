-- Confidential jobs (issue 18): the standard 秘密保持契約 as a versioned template, a job's chosen
-- agreement, each firm's acceptance, and the append-only log of every view, download and deletion
-- of a job's drawings.

-- AlterEnum
ALTER TYPE "AttachmentKind" ADD VALUE 'NDA';

-- CreateEnum
CREATE TYPE "NdaKind" AS ENUM ('STANDARD', 'CUSTOM');

-- CreateEnum
CREATE TYPE "DrawingAccessKind" AS ENUM ('VIEW', 'DOWNLOAD', 'DELETE');

-- CreateTable
CREATE TABLE "NdaTemplate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version" INTEGER NOT NULL,
    "bodyJa" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NdaTemplate_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "NdaTemplate_version_key" ON "NdaTemplate"("version");

-- CreateTable
CREATE TABLE "JobNda" (
    "jobId" UUID NOT NULL,
    "kind" "NdaKind" NOT NULL,
    "templateId" UUID,
    "documentId" UUID,
    "retentionDays" INTEGER NOT NULL DEFAULT 90,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobNda_pkey" PRIMARY KEY ("jobId"),
    CONSTRAINT "JobNda_retention_check" CHECK ("retentionDays" BETWEEN 0 AND 3650)
);
CREATE UNIQUE INDEX "JobNda_documentId_key" ON "JobNda"("documentId");
ALTER TABLE "JobNda" ADD CONSTRAINT "JobNda_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "JobNda" ADD CONSTRAINT "JobNda_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "NdaTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "JobNda" ADD CONSTRAINT "JobNda_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "NdaAcceptance" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobId" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "acceptedById" UUID,
    "acceptedAt" TIMESTAMPTZ(3) NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "kind" "NdaKind" NOT NULL,
    "templateVersion" INTEGER,
    "documentSha256" TEXT,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnById" UUID,

    CONSTRAINT "NdaAcceptance_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "NdaAcceptance_jobId_firmId_key" ON "NdaAcceptance"("jobId", "firmId");
CREATE INDEX "NdaAcceptance_firmId_idx" ON "NdaAcceptance"("firmId");
ALTER TABLE "NdaAcceptance" ADD CONSTRAINT "NdaAcceptance_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "JobNda"("jobId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NdaAcceptance" ADD CONSTRAINT "NdaAcceptance_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NdaAcceptance" ADD CONSTRAINT "NdaAcceptance_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "NdaAcceptance" ADD CONSTRAINT "NdaAcceptance_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "DrawingAccess" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobId" UUID NOT NULL,
    "attachmentId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "kind" "DrawingAccessKind" NOT NULL,
    "firmId" UUID,
    "firmName" TEXT NOT NULL DEFAULT '',
    "userId" UUID,
    "userName" TEXT NOT NULL DEFAULT '',
    "ipAddress" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DrawingAccess_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DrawingAccess_jobId_at_idx" ON "DrawingAccess"("jobId", "at");

-- The log is evidence when a leak is reported: no one edits or removes a row, whatever the code
-- does. (TRUNCATE, which only the demo reset uses, is a table owner's act, not a row edit.)
CREATE FUNCTION drawing_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'DrawingAccess is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER drawing_access_append_only BEFORE UPDATE OR DELETE ON "DrawingAccess"
  FOR EACH ROW EXECUTE FUNCTION drawing_access_append_only();
