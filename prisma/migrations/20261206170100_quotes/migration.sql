-- Quotes (issue 17): members price their own steps, the lead firm sends versioned group offers,
-- the buyer compares, asks for revisions, declines or awards one. Money is integer yen (BIGINT).

-- Registration numbers (適格請求書発行事業者登録番号) of the issuers of quotations and invoices.
ALTER TABLE "Firm" ADD COLUMN "invoiceRegistrationNumber" TEXT;
ALTER TABLE "Firm" ADD COLUMN "showPricesToMembers" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Association" ADD COLUMN "invoiceRegistrationNumber" TEXT;

ALTER TABLE "GroupMember" ADD COLUMN "shareYen" BIGINT;
ALTER TABLE "Order" ADD COLUMN "offerId" UUID;

CREATE TYPE "MaterialSupply" AS ENUM ('BUYER', 'FIRM');
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'SENT', 'REVISION_REQUESTED', 'ACCEPTED', 'DECLINED', 'LAPSED', 'SUPERSEDED', 'WITHDRAWN');
CREATE TYPE "OfferDeclineReason" AS ENUM ('PRICE', 'DATE', 'QUALITY', 'OTHER', 'AWARDED_ELSEWHERE');
CREATE TYPE "OfferLineKind" AS ENUM ('STEP', 'COORDINATION', 'TRANSPORT');

CREATE TABLE "QuoteLine" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "assignmentId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "unitPriceYen" BIGINT NOT NULL,
    "setupYen" BIGINT NOT NULL DEFAULT 0,
    "toolingYen" BIGINT NOT NULL DEFAULT 0,
    "materialSupply" "MaterialSupply" NOT NULL,
    "materialYen" BIGINT NOT NULL DEFAULT 0,
    "leadTimeDays" INTEGER NOT NULL,
    "earliestStart" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "conditions" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "QuoteLine_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "QuoteLine_money_check" CHECK ("unitPriceYen" >= 0 AND "setupYen" >= 0 AND "toolingYen" >= 0 AND "materialYen" >= 0),
    CONSTRAINT "QuoteLine_lead_time_check" CHECK ("leadTimeDays" BETWEEN 1 AND 365)
);
CREATE UNIQUE INDEX "QuoteLine_assignmentId_key" ON "QuoteLine"("assignmentId");
CREATE INDEX "QuoteLine_groupId_idx" ON "QuoteLine"("groupId");
CREATE INDEX "QuoteLine_memberId_idx" ON "QuoteLine"("memberId");
CREATE INDEX "QuoteLine_firmId_idx" ON "QuoteLine"("firmId");
ALTER TABLE "QuoteLine" ADD CONSTRAINT "QuoteLine_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "GroupStepAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuoteLine" ADD CONSTRAINT "QuoteLine_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuoteLine" ADD CONSTRAINT "QuoteLine_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "GroupMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuoteLine" ADD CONSTRAINT "QuoteLine_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "GroupOffer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "jobId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "replacesId" UUID,
    "number" TEXT NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    "coordinationFeeYen" BIGINT NOT NULL DEFAULT 0,
    "transportYen" BIGINT NOT NULL DEFAULT 0,
    "showBreakdown" BOOLEAN NOT NULL DEFAULT true,
    "validUntil" DATE,
    "paymentTerms" TEXT NOT NULL DEFAULT '',
    "deliveryPlace" TEXT NOT NULL DEFAULT '',
    "conditions" TEXT NOT NULL DEFAULT '',
    "subtotalYen" BIGINT,
    "taxYen" BIGINT,
    "totalYen" BIGINT,
    "committedDelivery" DATE,
    "sentAt" TIMESTAMPTZ(3),
    "sentById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "declineReason" "OfferDeclineReason",
    "reminderSentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "GroupOffer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "GroupOffer_money_check" CHECK ("coordinationFeeYen" >= 0 AND "transportYen" >= 0),
    -- A version that left the draft has its totals, date and validity fixed.
    CONSTRAINT "GroupOffer_sent_check" CHECK ("status" = 'DRAFT' OR "status" = 'WITHDRAWN' OR ("sentAt" IS NOT NULL AND "totalYen" IS NOT NULL AND "validUntil" IS NOT NULL AND "committedDelivery" IS NOT NULL))
);
CREATE UNIQUE INDEX "GroupOffer_replacesId_key" ON "GroupOffer"("replacesId");
CREATE UNIQUE INDEX "GroupOffer_number_key" ON "GroupOffer"("number");
CREATE UNIQUE INDEX "GroupOffer_groupId_version_key" ON "GroupOffer"("groupId", "version");
CREATE INDEX "GroupOffer_jobId_status_idx" ON "GroupOffer"("jobId", "status");
CREATE INDEX "GroupOffer_status_validUntil_idx" ON "GroupOffer"("status", "validUntil");
ALTER TABLE "GroupOffer" ADD CONSTRAINT "GroupOffer_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GroupOffer" ADD CONSTRAINT "GroupOffer_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GroupOffer" ADD CONSTRAINT "GroupOffer_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "GroupOffer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "OfferLine" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offerId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "OfferLineKind" NOT NULL,
    "assignmentId" UUID,
    "memberId" UUID,
    "firmId" UUID,
    "stepPosition" INTEGER,
    "processCode" TEXT,
    "materialCode" TEXT,
    "materialCategory" "MaterialCategory",
    "quantity" INTEGER NOT NULL,
    "unitPriceYen" BIGINT NOT NULL,
    "setupYen" BIGINT NOT NULL DEFAULT 0,
    "toolingYen" BIGINT NOT NULL DEFAULT 0,
    "materialSupply" "MaterialSupply",
    "materialYen" BIGINT NOT NULL DEFAULT 0,
    "amountYen" BIGINT NOT NULL,
    "taxRatePercent" INTEGER NOT NULL DEFAULT 10,
    "leadTimeDays" INTEGER,
    "earliestStart" DATE,
    "validUntil" DATE,
    "conditions" TEXT NOT NULL DEFAULT '',
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "transitDaysIn" INTEGER,
    "critical" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "OfferLine_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OfferLine_money_check" CHECK ("unitPriceYen" >= 0 AND "amountYen" >= 0)
);
CREATE INDEX "OfferLine_offerId_position_idx" ON "OfferLine"("offerId", "position");
CREATE INDEX "OfferLine_processCode_materialCategory_quantity_idx" ON "OfferLine"("processCode", "materialCategory", "quantity");
CREATE INDEX "OfferLine_assignmentId_idx" ON "OfferLine"("assignmentId");
ALTER TABLE "OfferLine" ADD CONSTRAINT "OfferLine_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "GroupOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OfferLine" ADD CONSTRAINT "OfferLine_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "GroupStepAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "OfferStatusChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offerId" UUID NOT NULL,
    "fromStatus" "OfferStatus",
    "toStatus" "OfferStatus" NOT NULL,
    "actorId" UUID,
    "reason" "OfferDeclineReason",
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "OfferStatusChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "OfferStatusChange_offerId_createdAt_idx" ON "OfferStatusChange"("offerId", "createdAt");
CREATE INDEX "OfferStatusChange_toStatus_createdAt_idx" ON "OfferStatusChange"("toStatus", "createdAt");
ALTER TABLE "OfferStatusChange" ADD CONSTRAINT "OfferStatusChange_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "GroupOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE UNIQUE INDEX "Order_offerId_key" ON "Order"("offerId");
ALTER TABLE "Order" ADD CONSTRAINT "Order_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "GroupOffer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A sent offer is a document: its figures never change (a change is a new version naming this one).
CREATE FUNCTION group_offer_keep_sent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."sentAt" IS NOT NULL AND (
    NEW."subtotalYen" IS DISTINCT FROM OLD."subtotalYen" OR NEW."taxYen" IS DISTINCT FROM OLD."taxYen" OR NEW."totalYen" IS DISTINCT FROM OLD."totalYen"
    OR NEW."coordinationFeeYen" IS DISTINCT FROM OLD."coordinationFeeYen" OR NEW."transportYen" IS DISTINCT FROM OLD."transportYen"
    OR NEW."showBreakdown" IS DISTINCT FROM OLD."showBreakdown" OR NEW."validUntil" IS DISTINCT FROM OLD."validUntil"
    OR NEW."committedDelivery" IS DISTINCT FROM OLD."committedDelivery" OR NEW."paymentTerms" IS DISTINCT FROM OLD."paymentTerms"
    OR NEW."deliveryPlace" IS DISTINCT FROM OLD."deliveryPlace" OR NEW."conditions" IS DISTINCT FROM OLD."conditions"
    OR NEW."number" IS DISTINCT FROM OLD."number" OR NEW."version" IS DISTINCT FROM OLD."version" OR NEW."sentAt" IS DISTINCT FROM OLD."sentAt"
  ) THEN
    RAISE EXCEPTION 'offer % was sent and cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER group_offer_keep_sent BEFORE UPDATE ON "GroupOffer" FOR EACH ROW EXECUTE FUNCTION group_offer_keep_sent();

CREATE FUNCTION offer_line_keep_sent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- (Only the link to a step may be cleared, when its assignment is deleted.)
  IF ROW(NEW."offerId", NEW."kind", NEW."firmId", NEW."quantity", NEW."unitPriceYen", NEW."setupYen", NEW."toolingYen", NEW."materialYen", NEW."amountYen", NEW."taxRatePercent", NEW."plannedStart", NEW."plannedEnd", NEW."critical")
       IS DISTINCT FROM ROW(OLD."offerId", OLD."kind", OLD."firmId", OLD."quantity", OLD."unitPriceYen", OLD."setupYen", OLD."toolingYen", OLD."materialYen", OLD."amountYen", OLD."taxRatePercent", OLD."plannedStart", OLD."plannedEnd", OLD."critical")
     AND EXISTS (SELECT 1 FROM "GroupOffer" o WHERE o.id = OLD."offerId" AND o."sentAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'a line of sent offer % cannot change', OLD."offerId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER offer_line_keep_sent BEFORE UPDATE ON "OfferLine" FOR EACH ROW EXECUTE FUNCTION offer_line_keep_sent();
