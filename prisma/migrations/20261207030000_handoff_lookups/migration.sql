-- Hand-offs are found by the step they go to (issue 24): the start page lists the parts sent to a
-- firm that it has not confirmed. Lookups by both steps use the unique key of
-- 20261207010000_handoff_once; without an index on the receiving step alone, this one read the whole
-- table (14,000 rows on the 10,000-firm seed).

-- CreateIndex
CREATE INDEX "Handoff_toAssignmentId_idx" ON "Handoff"("toAssignmentId");
