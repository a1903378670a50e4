-- Inquiries (問い合わせ) to a verified firm from its page: a thread between the firm and the sender's
-- organisation (exactly one of a firm, a buyer organisation, an association or the federation), its
-- messages (a file each at most, kept in "Attachment"), and per-user read markers for the inbox.

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "firmId" UUID NOT NULL,
    "senderUserId" UUID,
    "senderFirmId" UUID,
    "senderBuyerOrgId" UUID,
    "senderAssociationId" UUID,
    "senderFederationId" UUID,
    "subject" TEXT NOT NULL,
    "lastMessageAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Inquiry_one_sender_org_check" CHECK (num_nonnulls("senderFirmId", "senderBuyerOrgId", "senderAssociationId", "senderFederationId") = 1),
    CONSTRAINT "Inquiry_not_own_firm_check" CHECK ("senderFirmId" IS NULL OR "senderFirmId" <> "firmId")
);

-- CreateTable
CREATE TABLE "InquiryMessage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "inquiryId" UUID NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryRead" (
    "inquiryId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "readAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InquiryRead_pkey" PRIMARY KEY ("inquiryId", "userId")
);

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN "inquiryMessageId" UUID;

-- CreateIndex: each side's inbox, newest activity first
CREATE INDEX "Inquiry_firmId_lastMessageAt_idx" ON "Inquiry"("firmId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Inquiry_senderFirmId_lastMessageAt_idx" ON "Inquiry"("senderFirmId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Inquiry_senderBuyerOrgId_lastMessageAt_idx" ON "Inquiry"("senderBuyerOrgId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Inquiry_senderAssociationId_lastMessageAt_idx" ON "Inquiry"("senderAssociationId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Inquiry_senderFederationId_lastMessageAt_idx" ON "Inquiry"("senderFederationId", "lastMessageAt");

-- CreateIndex: the daily limit of new threads per sender
CREATE INDEX "Inquiry_senderUserId_createdAt_idx" ON "Inquiry"("senderUserId", "createdAt");

-- CreateIndex
CREATE INDEX "InquiryMessage_inquiryId_createdAt_idx" ON "InquiryMessage"("inquiryId", "createdAt");

-- CreateIndex
CREATE INDEX "InquiryRead_userId_idx" ON "InquiryRead"("userId");

-- CreateIndex
CREATE INDEX "Attachment_inquiryMessageId_idx" ON "Attachment"("inquiryMessageId");

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_senderUserId_fkey" FOREIGN KEY ("senderUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_senderFirmId_fkey" FOREIGN KEY ("senderFirmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_senderBuyerOrgId_fkey" FOREIGN KEY ("senderBuyerOrgId") REFERENCES "BuyerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_senderAssociationId_fkey" FOREIGN KEY ("senderAssociationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_senderFederationId_fkey" FOREIGN KEY ("senderFederationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryMessage" ADD CONSTRAINT "InquiryMessage_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryMessage" ADD CONSTRAINT "InquiryMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryRead" ADD CONSTRAINT "InquiryRead_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryRead" ADD CONSTRAINT "InquiryRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_inquiryMessageId_fkey" FOREIGN KEY ("inquiryMessageId") REFERENCES "InquiryMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
