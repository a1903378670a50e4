-- Orders for real (issue 19): the contracting cooperative chosen and agreeing, the documents of an
-- order as immutable snapshots with versions, payments tracked per invoice, certificates for banks.

ALTER TABLE "Association" ADD COLUMN "feeRateBasisPoints" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Association" ADD CONSTRAINT "Association_fee_rate_check" CHECK ("feeRateBasisPoints" BETWEEN 0 AND 2000);

CREATE TYPE "ContractorStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');
CREATE TYPE "OrderDocumentKind" AS ENUM ('ORDER', 'ORDER_ACCEPTANCE', 'SUB_ORDER', 'DELIVERY_NOTE', 'ACCEPTANCE_NOTE', 'INVOICE');
CREATE TYPE "PartyKind" AS ENUM ('BUYER', 'FIRM', 'ASSOCIATION');
CREATE TYPE "PaymentStatus" AS ENUM ('UNPAID', 'PAID', 'RECEIVED', 'VOID');

CREATE TABLE "ContractorNomination" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "associationId" UUID NOT NULL,
    "status" "ContractorStatus" NOT NULL DEFAULT 'REQUESTED',
    "feeRateBasisPoints" INTEGER,
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    "requestedById" UUID,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "comment" TEXT,
    CONSTRAINT "ContractorNomination_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ContractorNomination_fee_rate_check" CHECK ("feeRateBasisPoints" BETWEEN 0 AND 2000)
);
CREATE INDEX "ContractorNomination_groupId_status_idx" ON "ContractorNomination"("groupId", "status");
CREATE INDEX "ContractorNomination_associationId_status_idx" ON "ContractorNomination"("associationId", "status");
-- One live nomination per group: a second request or acceptance cannot slip in beside it.
CREATE UNIQUE INDEX raw_contractor_nomination_live ON "ContractorNomination"("groupId") WHERE "status" IN ('REQUESTED', 'ACCEPTED');
ALTER TABLE "ContractorNomination" ADD CONSTRAINT "ContractorNomination_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ContractorNomination" ADD CONSTRAINT "ContractorNomination_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "OrderDocument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orderId" UUID NOT NULL,
    "kind" "OrderDocumentKind" NOT NULL,
    "number" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "replacesId" UUID,
    "memberId" UUID,
    "issuerKind" "PartyKind" NOT NULL,
    "issuerId" UUID NOT NULL,
    "issuerName" TEXT NOT NULL,
    "recipientKind" "PartyKind" NOT NULL,
    "recipientId" UUID NOT NULL,
    "recipientName" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "subtotalYen" BIGINT NOT NULL,
    "taxYen" BIGINT NOT NULL,
    "totalYen" BIGINT NOT NULL,
    "content" JSONB NOT NULL,
    "issuedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "OrderDocument_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OrderDocument_version_check" CHECK ("version" >= 1 AND ("version" = 1) = ("replacesId" IS NULL)),
    CONSTRAINT "OrderDocument_money_check" CHECK ("subtotalYen" >= 0 AND "taxYen" >= 0 AND "totalYen" = "subtotalYen" + "taxYen")
);
CREATE UNIQUE INDEX "OrderDocument_replacesId_key" ON "OrderDocument"("replacesId");
CREATE UNIQUE INDEX "OrderDocument_number_version_key" ON "OrderDocument"("number", "version");
CREATE INDEX "OrderDocument_orderId_kind_idx" ON "OrderDocument"("orderId", "kind");
CREATE INDEX "OrderDocument_issuedOn_idx" ON "OrderDocument"("issuedOn");
CREATE INDEX "OrderDocument_issuerId_issuedOn_idx" ON "OrderDocument"("issuerId", "issuedOn");
CREATE INDEX "OrderDocument_recipientId_issuedOn_idx" ON "OrderDocument"("recipientId", "issuedOn");
CREATE INDEX "OrderDocument_totalYen_idx" ON "OrderDocument"("totalYen");
ALTER TABLE "OrderDocument" ADD CONSTRAINT "OrderDocument_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OrderDocument" ADD CONSTRAINT "OrderDocument_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "OrderDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An issued document is kept as issued (電子帳簿保存法): no UPDATE, no DELETE.
CREATE FUNCTION keep_issued_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% % was issued and cannot change; issue a new version', TG_TABLE_NAME, OLD.id USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER order_document_keep_issued BEFORE UPDATE OR DELETE ON "OrderDocument" FOR EACH ROW EXECUTE FUNCTION keep_issued_record();

CREATE TABLE "InvoicePayment" (
    "invoiceId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "payerKind" "PartyKind" NOT NULL,
    "payerId" UUID NOT NULL,
    "payeeKind" "PartyKind" NOT NULL,
    "payeeId" UUID NOT NULL,
    "amountYen" BIGINT NOT NULL,
    "terms" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'UNPAID',
    "paidOn" DATE,
    "markedPaidById" UUID,
    "markedPaidAt" TIMESTAMPTZ(3),
    "receivedAt" TIMESTAMPTZ(3),
    "confirmedById" UUID,
    "overdueAlertedAt" TIMESTAMPTZ(3),
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "InvoicePayment_pkey" PRIMARY KEY ("invoiceId"),
    CONSTRAINT "InvoicePayment_amount_check" CHECK ("amountYen" >= 0),
    CONSTRAINT "InvoicePayment_paid_check" CHECK (("status" IN ('PAID', 'RECEIVED')) = ("paidOn" IS NOT NULL) OR "status" = 'VOID')
);
CREATE INDEX "InvoicePayment_status_dueOn_idx" ON "InvoicePayment"("status", "dueOn");
CREATE INDEX "InvoicePayment_orderId_idx" ON "InvoicePayment"("orderId");
CREATE INDEX "InvoicePayment_payeeId_status_idx" ON "InvoicePayment"("payeeId", "status");
ALTER TABLE "InvoicePayment" ADD CONSTRAINT "InvoicePayment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "OrderDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "OrderCertificate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "orderId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "amountYen" BIGINT NOT NULL,
    "content" JSONB NOT NULL,
    "issuedById" UUID,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "OrderCertificate_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "OrderCertificate_code_key" ON "OrderCertificate"("code");
CREATE INDEX "OrderCertificate_orderId_idx" ON "OrderCertificate"("orderId");
CREATE INDEX "OrderCertificate_firmId_issuedAt_idx" ON "OrderCertificate"("firmId", "issuedAt");
CREATE INDEX "OrderCertificate_issuedAt_idx" ON "OrderCertificate"("issuedAt");
ALTER TABLE "OrderCertificate" ADD CONSTRAINT "OrderCertificate_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- A certificate states what it stated when issued: no UPDATE, no DELETE.
CREATE TRIGGER order_certificate_keep_issued BEFORE UPDATE OR DELETE ON "OrderCertificate" FOR EACH ROW EXECUTE FUNCTION keep_issued_record();
