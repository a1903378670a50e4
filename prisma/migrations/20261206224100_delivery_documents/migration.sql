-- Documents per delivery (issue 22): mill certificates, certificates of conformity and RoHS/REACH
-- declarations uploaded per lot (or for the whole delivery), stored as checked attachments.

-- CreateEnum
CREATE TYPE "DeliveryDocumentKind" AS ENUM ('MILL_CERTIFICATE', 'CONFORMITY_CERTIFICATE', 'ROHS_DECLARATION', 'REACH_DECLARATION', 'OTHER');

-- CreateTable
CREATE TABLE "DeliveryDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "lotId" UUID,
    "kind" "DeliveryDocumentKind" NOT NULL,
    "attachmentId" UUID NOT NULL,
    "uploadedById" UUID,
    "uploadedByFirmId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeliveryDocument_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DeliveryDocument_attachmentId_key" ON "DeliveryDocument"("attachmentId");
CREATE INDEX "DeliveryDocument_groupId_createdAt_idx" ON "DeliveryDocument"("groupId", "createdAt");
CREATE INDEX "DeliveryDocument_lotId_idx" ON "DeliveryDocument"("lotId");
ALTER TABLE "DeliveryDocument" ADD CONSTRAINT "DeliveryDocument_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DeliveryDocument" ADD CONSTRAINT "DeliveryDocument_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "InspectionLot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DeliveryDocument" ADD CONSTRAINT "DeliveryDocument_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
