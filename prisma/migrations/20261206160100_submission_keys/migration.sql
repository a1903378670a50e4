-- One-time keys of create forms (lib/actions/one-time-key.ts): the primary key makes the claim of a
-- key atomic (INSERT … ON CONFLICT DO NOTHING), so of ten identical submits exactly one runs.
CREATE TABLE "SubmissionKey" (
    "userId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "claimedAt" TIMESTAMPTZ(3) NOT NULL,
    "completedAt" TIMESTAMPTZ(3),
    "result" JSONB,

    CONSTRAINT "SubmissionKey_pkey" PRIMARY KEY ("userId", "key")
);

-- CreateIndex: the weekly clean-up
CREATE INDEX "SubmissionKey_claimedAt_idx" ON "SubmissionKey"("claimedAt");

-- AddForeignKey
ALTER TABLE "SubmissionKey" ADD CONSTRAINT "SubmissionKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
