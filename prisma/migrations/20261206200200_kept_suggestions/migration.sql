-- Issue 20: a job's suggestions are computed once and kept until what they read changes.
ALTER TABLE "MatchRun" ADD COLUMN "inputsKey" TEXT;
ALTER TABLE "MatchRun" ADD COLUMN "shown" JSONB;
