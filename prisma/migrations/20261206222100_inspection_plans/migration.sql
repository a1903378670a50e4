-- Inspection plans and measured results (issue 22): the characteristics to check after each step or
-- at delivery, each inspected lot, its measured values, and the non-conformance a lot raised.

-- CreateEnum
CREATE TYPE "CharacteristicKind" AS ENUM ('VARIABLE', 'ATTRIBUTE');

-- CreateTable
CREATE TABLE "InspectionCharacteristic" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "assignmentId" UUID,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CharacteristicKind" NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "nominal" DECIMAL(14,4),
    "lowerLimit" DECIMAL(14,4),
    "upperLimit" DECIMAL(14,4),
    "method" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InspectionCharacteristic_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "InspectionCharacteristic_limits_check" CHECK ("lowerLimit" IS NULL OR "upperLimit" IS NULL OR "lowerLimit" <= "upperLimit")
);
CREATE INDEX "InspectionCharacteristic_groupId_assignmentId_position_idx" ON "InspectionCharacteristic"("groupId", "assignmentId", "position");
ALTER TABLE "InspectionCharacteristic" ADD CONSTRAINT "InspectionCharacteristic_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "InspectionCharacteristic" ADD CONSTRAINT "InspectionCharacteristic_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "GroupStepAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "InspectionLot" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "assignmentId" UUID,
    "lotNumber" TEXT NOT NULL,
    "lotQuantity" INTEGER NOT NULL,
    "sampleSize" INTEGER NOT NULL,
    "nonconformingUnits" INTEGER NOT NULL,
    "inspectedById" UUID,
    "inspectedByFirmId" UUID,
    "inspectedByBuyerOrgId" UUID,
    "inspectedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InspectionLot_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "InspectionLot_counts_check" CHECK ("lotQuantity" > 0 AND "sampleSize" BETWEEN 1 AND "lotQuantity" AND "nonconformingUnits" BETWEEN 0 AND "sampleSize")
);
CREATE UNIQUE INDEX "InspectionLot_groupId_lotNumber_assignmentId_key" ON "InspectionLot"("groupId", "lotNumber", "assignmentId");
CREATE INDEX "InspectionLot_groupId_inspectedAt_idx" ON "InspectionLot"("groupId", "inspectedAt");
CREATE INDEX "InspectionLot_assignmentId_inspectedAt_idx" ON "InspectionLot"("assignmentId", "inspectedAt");
ALTER TABLE "InspectionLot" ADD CONSTRAINT "InspectionLot_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "InspectionLot" ADD CONSTRAINT "InspectionLot_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "GroupStepAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "Measurement" (
    "lotId" UUID NOT NULL,
    "characteristicId" UUID NOT NULL,
    "sampleIndex" INTEGER NOT NULL,
    "value" DECIMAL(14,4),
    "conforming" BOOLEAN NOT NULL,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("lotId", "characteristicId", "sampleIndex")
);
CREATE INDEX "Measurement_characteristicId_idx" ON "Measurement"("characteristicId");
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "InspectionLot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_characteristicId_fkey" FOREIGN KEY ("characteristicId") REFERENCES "InspectionCharacteristic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "NonConformance" ADD COLUMN "lotId" UUID;
CREATE INDEX "NonConformance_lotId_idx" ON "NonConformance"("lotId");
ALTER TABLE "NonConformance" ADD CONSTRAINT "NonConformance_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "InspectionLot"("id") ON DELETE SET NULL ON UPDATE CASCADE;
