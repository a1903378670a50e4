-- Who is free when (issue 21): each firm declares, per process and week, 空きあり / 少し / なし or a
-- number of free pieces for the next 12 weeks. Matching, the directory and staff read it.

-- CreateEnum
CREATE TYPE "CapacityLevel" AS ENUM ('OPEN', 'SOME', 'NONE', 'PIECES');

-- CreateTable
CREATE TABLE "CapacityDeclaration" (
    "firmId" UUID NOT NULL,
    "processCode" TEXT NOT NULL,
    "weekStart" DATE NOT NULL,
    "level" "CapacityLevel" NOT NULL,
    "pieces" INTEGER,
    "declaredAt" TIMESTAMPTZ(3) NOT NULL,
    "declaredById" UUID,

    CONSTRAINT "CapacityDeclaration_pkey" PRIMARY KEY ("firmId", "processCode", "weekStart"),
    -- A number of pieces goes with PIECES and only with it; weeks start on Monday.
    CONSTRAINT "CapacityDeclaration_pieces_check" CHECK ((("level" = 'PIECES') = ("pieces" IS NOT NULL)) AND ("pieces" IS NULL OR "pieces" >= 0)),
    CONSTRAINT "CapacityDeclaration_monday_check" CHECK (extract(isodow FROM "weekStart") = 1)
);
CREATE INDEX "CapacityDeclaration_processCode_weekStart_idx" ON "CapacityDeclaration"("processCode", "weekStart");
ALTER TABLE "CapacityDeclaration" ADD CONSTRAINT "CapacityDeclaration_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CapacityDeclaration" ADD CONSTRAINT "CapacityDeclaration_processCode_fkey" FOREIGN KEY ("processCode") REFERENCES "Process"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CapacityDeclaration" ADD CONSTRAINT "CapacityDeclaration_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
