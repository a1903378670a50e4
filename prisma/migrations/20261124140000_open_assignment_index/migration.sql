-- Matching reads the load firms already carry from unfinished assignments only: a few percent of
-- all assignments once the history grows. A partial index keeps that read from scanning the rest.
CREATE INDEX "raw_assignment_open_process" ON "GroupStepAssignment" ("processCode") WHERE "status" <> 'DONE';
