-- Non-conformances worked to closure (issue 22): their own table with a lifecycle, the cost split
-- each responsible member acknowledges, and the history of every move. Earlier non-conformances,
-- kept as QualityRecord rows of kind NON_CONFORMANCE, move here: closed ones as CLOSED, open
-- ones with a responsible member as ASSIGNED (100 % of the cost to it), the rest as RAISED.

-- CreateEnum
CREATE TYPE "NcStatus" AS ENUM ('RAISED', 'ASSIGNED', 'CONTAINED', 'CAUSE_FOUND', 'CORRECTED', 'CLOSED', 'WITHDRAWN');
CREATE TYPE "NcCause" AS ENUM ('MAN', 'MACHINE', 'MATERIAL', 'METHOD');
CREATE TYPE "NcSource" AS ENUM ('MANUAL', 'MEASUREMENT');
CREATE TYPE "RmaDisposition" AS ENUM ('REWORK', 'REPLACEMENT', 'SCRAP');

-- CreateTable
CREATE TABLE "NonConformance" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "assignmentId" UUID,
    "source" "NcSource" NOT NULL DEFAULT 'MANUAL',
    "status" "NcStatus" NOT NULL DEFAULT 'RAISED',
    "version" INTEGER NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL,
    "quantityAffected" INTEGER,
    "raisedById" UUID,
    "raisedByFirmId" UUID,
    "raisedByBuyerOrgId" UUID,
    "responsibleMemberId" UUID,
    "agreementClause" TEXT NOT NULL DEFAULT '',
    "costYen" BIGINT,
    "containment" TEXT,
    "cause" "NcCause",
    "rootCause" TEXT,
    "correctiveAction" TEXT,
    "verification" TEXT,
    "verifiedById" UUID,
    "closedAt" TIMESTAMPTZ(3),
    "rmaQuantity" INTEGER,
    "rmaDisposition" "RmaDisposition",
    "rmaReturnedAt" TIMESTAMPTZ(3),
    "rmaResolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NonConformance_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "NonConformance_quantities_check" CHECK (("quantityAffected" IS NULL OR "quantityAffected" > 0) AND ("rmaQuantity" IS NULL OR "rmaQuantity" > 0) AND ("costYen" IS NULL OR "costYen" >= 0)),
    CONSTRAINT "NonConformance_closed_check" CHECK (("status" = 'CLOSED') = ("closedAt" IS NOT NULL))
);
CREATE INDEX "NonConformance_groupId_status_idx" ON "NonConformance"("groupId", "status");
CREATE INDEX "NonConformance_responsibleMemberId_createdAt_idx" ON "NonConformance"("responsibleMemberId", "createdAt");
CREATE INDEX "NonConformance_status_createdAt_idx" ON "NonConformance"("status", "createdAt");
ALTER TABLE "NonConformance" ADD CONSTRAINT "NonConformance_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NonConformance" ADD CONSTRAINT "NonConformance_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "GroupStepAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "NonConformance" ADD CONSTRAINT "NonConformance_responsibleMemberId_fkey" FOREIGN KEY ("responsibleMemberId") REFERENCES "GroupMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "NcCostShare" (
    "ncId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "basisPoints" INTEGER NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "acknowledgedById" UUID,

    CONSTRAINT "NcCostShare_pkey" PRIMARY KEY ("ncId", "memberId"),
    CONSTRAINT "NcCostShare_basisPoints_check" CHECK ("basisPoints" BETWEEN 0 AND 10000)
);
CREATE INDEX "NcCostShare_memberId_idx" ON "NcCostShare"("memberId");
ALTER TABLE "NcCostShare" ADD CONSTRAINT "NcCostShare_ncId_fkey" FOREIGN KEY ("ncId") REFERENCES "NonConformance"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NcCostShare" ADD CONSTRAINT "NcCostShare_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "GroupMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "NcEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ncId" UUID NOT NULL,
    "fromStatus" "NcStatus",
    "toStatus" "NcStatus" NOT NULL,
    "actorId" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NcEvent_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "NcEvent_ncId_createdAt_idx" ON "NcEvent"("ncId", "createdAt");
ALTER TABLE "NcEvent" ADD CONSTRAINT "NcEvent_ncId_fkey" FOREIGN KEY ("ncId") REFERENCES "NonConformance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Earlier non-conformances move to the new table (same ids), with their history.
INSERT INTO "NonConformance" ("id", "groupId", "assignmentId", "status", "description", "raisedById", "raisedByFirmId", "responsibleMemberId", "agreementClause", "correctiveAction", "verification", "closedAt", "createdAt", "updatedAt")
SELECT q."id", q."groupId", q."assignmentId",
       (CASE WHEN q."closedAt" IS NOT NULL THEN 'CLOSED' WHEN q."responsibleMemberId" IS NOT NULL THEN 'ASSIGNED' ELSE 'RAISED' END)::"NcStatus",
       q."description", q."recordedById", u."firmId", q."responsibleMemberId",
       CASE WHEN q."responsibleMemberId" IS NOT NULL THEN '第7条' ELSE '' END,
       q."correctiveAction", CASE WHEN q."closedAt" IS NOT NULL THEN '' END, q."closedAt", q."createdAt", COALESCE(q."closedAt", q."createdAt")
  FROM "QualityRecord" q LEFT JOIN "User" u ON u."id" = q."recordedById"
 WHERE q."kind" = 'NON_CONFORMANCE';
INSERT INTO "NcCostShare" ("ncId", "memberId", "basisPoints", "acknowledgedAt")
SELECT n."id", n."responsibleMemberId", 10000, n."closedAt" FROM "NonConformance" n WHERE n."responsibleMemberId" IS NOT NULL;
INSERT INTO "NcEvent" ("ncId", "fromStatus", "toStatus", "actorId", "note", "createdAt")
SELECT n."id", NULL, 'RAISED', n."raisedById", '', n."createdAt" FROM "NonConformance" n;
INSERT INTO "NcEvent" ("ncId", "fromStatus", "toStatus", "note", "createdAt")
SELECT n."id", 'RAISED', n."status", '', n."updatedAt" FROM "NonConformance" n WHERE n."status" <> 'RAISED';
DELETE FROM "QualityRecord" WHERE "kind" = 'NON_CONFORMANCE';
