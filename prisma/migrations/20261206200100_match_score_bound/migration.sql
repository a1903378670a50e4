-- Issue 20: a suggestion carries a bound on the score itself (no feasible group scores more),
-- not the set-cover core's lower bound on its cost.
ALTER TABLE "MatchSuggestion" RENAME COLUMN "lowerBound" TO "scoreBound";
