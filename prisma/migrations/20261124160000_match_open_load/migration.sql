-- The load firms already carry, as matching reads it: one row per unfinished assignment of a group
-- at work (approved, awarded, in production) with its firm and its job's deadline. That is a few
-- percent of all assignments; reading them through four joins cost ~100 ms per request on the
-- 10,000-firm seed, this table a few. The writes that change it keep it current (statement-level
-- triggers, as for the KPI summaries); the spread over the months to the deadline depends on
-- today, so it stays in the query.
CREATE TABLE raw_match_open_load (
  assignment_id uuid PRIMARY KEY,
  group_id uuid NOT NULL,
  firm_id uuid NOT NULL,
  process_code text NOT NULL,
  quantity integer NOT NULL,
  deadline date NOT NULL
);
CREATE INDEX raw_match_open_load_process ON raw_match_open_load (process_code);
CREATE INDEX raw_match_open_load_group ON raw_match_open_load (group_id);

CREATE FUNCTION raw_match_refresh_open_load(group_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM raw_match_open_load WHERE group_id = ANY(group_ids);
  INSERT INTO raw_match_open_load (assignment_id, group_id, firm_id, process_code, quantity, deadline)
  SELECT a.id, a."groupId", m."firmId", a."processCode", a.quantity, j.deadline
  FROM "GroupStepAssignment" a
  JOIN "JointOrderGroup" g ON g.id = a."groupId"
  JOIN "GroupMember" m ON m.id = a."memberId"
  JOIN "Job" j ON j.id = g."jobId"
  WHERE a."groupId" = ANY(group_ids) AND a.status <> 'DONE' AND g.status IN ('APPROVED', 'AWARDED', 'IN_PRODUCTION');
$$;

CREATE FUNCTION raw_match_open_load_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'GroupStepAssignment' THEN
    SELECT array_agg(DISTINCT "groupId") INTO ids FROM changed;
  ELSIF TG_TABLE_NAME = 'JointOrderGroup' THEN
    SELECT array_agg(id) INTO ids FROM changed;
  ELSIF TG_TABLE_NAME = 'Job' THEN
    -- A deadline moved: only groups of the job that carry load are affected.
    SELECT array_agg(DISTINCT g.id) INTO ids FROM changed c JOIN "JointOrderGroup" g ON g."jobId" = c.id WHERE g.status IN ('APPROVED', 'AWARDED', 'IN_PRODUCTION');
  END IF;
  IF ids IS NOT NULL THEN PERFORM raw_match_refresh_open_load(ids); END IF;
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger, hence one trigger per table and event.
CREATE TRIGGER raw_match_assignment_inserted AFTER INSERT ON "GroupStepAssignment" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_open_load_changed();
CREATE TRIGGER raw_match_assignment_updated AFTER UPDATE ON "GroupStepAssignment" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_open_load_changed();
CREATE TRIGGER raw_match_assignment_deleted AFTER DELETE ON "GroupStepAssignment" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_open_load_changed();
CREATE TRIGGER raw_match_group_updated AFTER UPDATE ON "JointOrderGroup" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_open_load_changed();
CREATE TRIGGER raw_match_job_updated AFTER UPDATE ON "Job" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_open_load_changed();

SELECT raw_match_refresh_open_load(array_agg(id)) FROM "JointOrderGroup" WHERE status IN ('APPROVED', 'AWARDED', 'IN_PRODUCTION');
ANALYZE raw_match_open_load;

-- Replaced by the table above.
DROP INDEX "raw_assignment_open_process";
