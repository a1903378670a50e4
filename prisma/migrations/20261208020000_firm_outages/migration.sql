-- A firm that goes down is replaced (issue 21, item 5): the outage a firm (or staff for it)
-- declares, and the lead's proposals that a substitute take over the down member's steps.

-- CreateEnum
CREATE TYPE "OutageKind" AS ENUM ('DISASTER', 'FIRE', 'BREAKDOWN', 'ILLNESS', 'OTHER');
CREATE TYPE "SubstitutionStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "FirmOutage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "firmId" UUID NOT NULL,
    "kind" "OutageKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "declaredAt" TIMESTAMPTZ(3) NOT NULL,
    "declaredById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FirmOutage_pkey" PRIMARY KEY ("id"),
    -- The last day out is never before the first.
    CONSTRAINT "FirmOutage_period_check" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn")
);
CREATE INDEX "FirmOutage_firmId_startsOn_idx" ON "FirmOutage"("firmId", "startsOn");
CREATE INDEX "FirmOutage_startsOn_endsOn_idx" ON "FirmOutage"("startsOn", "endsOn");
ALTER TABLE "FirmOutage" ADD CONSTRAINT "FirmOutage_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FirmOutage" ADD CONSTRAINT "FirmOutage_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "StepSubstitution" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "outageId" UUID,
    "fromMemberId" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "assignmentIds" UUID[] NOT NULL,
    "status" "SubstitutionStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedAt" TIMESTAMPTZ(3) NOT NULL,
    "proposedById" UUID,
    "answeredAt" TIMESTAMPTZ(3),
    "answeredById" UUID,
    "reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StepSubstitution_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "StepSubstitution_groupId_status_idx" ON "StepSubstitution"("groupId", "status");
CREATE INDEX "StepSubstitution_firmId_status_idx" ON "StepSubstitution"("firmId", "status");
-- One open proposal per down member of a group: a second tap does not invite a second firm.
CREATE UNIQUE INDEX "StepSubstitution_one_open_idx" ON "StepSubstitution"("fromMemberId") WHERE "status" = 'PROPOSED';
ALTER TABLE "StepSubstitution" ADD CONSTRAINT "StepSubstitution_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StepSubstitution" ADD CONSTRAINT "StepSubstitution_outageId_fkey" FOREIGN KEY ("outageId") REFERENCES "FirmOutage"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "StepSubstitution" ADD CONSTRAINT "StepSubstitution_fromMemberId_fkey" FOREIGN KEY ("fromMemberId") REFERENCES "GroupMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StepSubstitution" ADD CONSTRAINT "StepSubstitution_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
