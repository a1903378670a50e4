-- Matching counts each candidate's suggestions of the last 90 days (the fairness term). With the
-- firm in the index the count is read from the index alone instead of visiting ~50,000 rows.
DROP INDEX "MatchSuggestionMember_createdAt_idx";
CREATE INDEX "MatchSuggestionMember_createdAt_firmId_idx" ON "MatchSuggestionMember"("createdAt", "firmId");
