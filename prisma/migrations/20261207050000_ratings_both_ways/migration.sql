-- Ratings both ways, per firm (issue 22 item 6): the buyer rates each member's work on acceptance,
-- and each member firm rates the buyer once the order is accepted.

-- CreateTable
CREATE TABLE "MemberRating" (
    "orderId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "delivery" INTEGER NOT NULL,
    "quality" INTEGER NOT NULL,
    "communication" INTEGER NOT NULL,
    "price" INTEGER NOT NULL,
    "ratedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MemberRating_pkey" PRIMARY KEY ("orderId","memberId")
);

-- CreateTable
CREATE TABLE "BuyerRating" (
    "orderId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "paymentOnTime" INTEGER NOT NULL,
    "specChanges" INTEGER NOT NULL,
    "communication" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "ratedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BuyerRating_pkey" PRIMARY KEY ("orderId","memberId")
);

CREATE INDEX "MemberRating_memberId_idx" ON "MemberRating"("memberId");
CREATE INDEX "BuyerRating_memberId_idx" ON "BuyerRating"("memberId");
ALTER TABLE "MemberRating" ADD CONSTRAINT "MemberRating_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MemberRating" ADD CONSTRAINT "MemberRating_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "GroupMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BuyerRating" ADD CONSTRAINT "BuyerRating_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BuyerRating" ADD CONSTRAINT "BuyerRating_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "GroupMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Ratings are between 1 and 5, whoever writes them.
ALTER TABLE "MemberRating" ADD CONSTRAINT "MemberRating_range" CHECK ("delivery" BETWEEN 1 AND 5 AND "quality" BETWEEN 1 AND 5 AND "communication" BETWEEN 1 AND 5 AND "price" BETWEEN 1 AND 5);
ALTER TABLE "BuyerRating" ADD CONSTRAINT "BuyerRating_range" CHECK ("paymentOnTime" BETWEEN 1 AND 5 AND "specChanges" BETWEEN 1 AND 5 AND "communication" BETWEEN 1 AND 5);
