-- Matching's fairness term counts each candidate's suggestions in the last 90 days; with thousands
-- of candidates that is a scan of the window, which this index makes one range instead of a scan
-- of every suggestion ever made.
CREATE INDEX "MatchSuggestionMember_createdAt_idx" ON "MatchSuggestionMember"("createdAt");
