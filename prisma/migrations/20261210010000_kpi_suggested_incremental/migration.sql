-- A recorded suggestion run marks its job "suggested" for its members' associations, instead of
-- refreshing the job's whole funnel. The full refresh read every run the job ever had (runs ×
-- suggestions × members), so recording grew with each refresh of a job: 6.6 ms of the database
-- per run after ~60 runs of a job on the 10,000-firm seed, the largest part of a fresh suggestion.
-- A suggestion can only add the stage (it never removes one, and a member row is never updated;
-- deleting one goes with its firm or job, whose own triggers refresh), so an upsert is enough:
-- a row that already exists keeps its later stages, a new one has none yet. It takes the same
-- per-job locks as raw_kpi_refresh_jobs, so it cannot interleave with a full refresh of the job.
CREATE OR REPLACE FUNCTION raw_kpi_jobs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'Job' THEN
    SELECT array_agg(DISTINCT id) INTO ids FROM changed;
  ELSIF TG_TABLE_NAME IN ('JointOrderGroup', 'Order') THEN
    SELECT array_agg(DISTINCT "jobId") INTO ids FROM changed WHERE "jobId" IS NOT NULL;
  ELSIF TG_TABLE_NAME = 'GroupMember' THEN
    SELECT array_agg(DISTINCT g."jobId") INTO ids FROM changed c JOIN "JointOrderGroup" g ON g.id = c."groupId" WHERE g."jobId" IS NOT NULL;
  ELSIF TG_TABLE_NAME = 'MatchSuggestionMember' THEN
    SELECT array_agg(DISTINCT r."jobId") INTO ids FROM changed c JOIN "MatchSuggestion" s ON s.id = c."suggestionId" JOIN "MatchRun" r ON r.id = s."matchRunId";
    IF ids IS NULL THEN RETURN NULL; END IF;
    PERFORM raw_lock('kpi_job', ids::text[]);
    INSERT INTO raw_kpi_job_funnel ("jobId", "associationId", "publishedAt", suggested, invited, approved, awarded, delivered)
    SELECT DISTINCT j.id, a.id, j."publishedAt", true, false, false, false, false
    FROM changed c JOIN "MatchSuggestion" s ON s.id = c."suggestionId" JOIN "MatchRun" r ON r.id = s."matchRunId"
    JOIN "Job" j ON j.id = r."jobId" AND j."publishedAt" IS NOT NULL
    JOIN "Firm" f ON f.id = c."firmId"
    CROSS JOIN LATERAL (VALUES (f."associationId"), ('00000000-0000-0000-0000-000000000000'::uuid)) AS a(id)
    ON CONFLICT ("jobId", "associationId") DO UPDATE SET suggested = true WHERE NOT raw_kpi_job_funnel.suggested;
    RETURN NULL;
  END IF;
  IF ids IS NOT NULL THEN PERFORM raw_kpi_refresh_jobs(ids); END IF;
  RETURN NULL;
END $$;
