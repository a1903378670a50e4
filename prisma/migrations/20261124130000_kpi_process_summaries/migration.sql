-- KPI summaries by process (hand-written; raw_* so the schema-drift check ignores them): the
-- breakdown by process and the demand side of capability gaps.
--
-- Per association, process and month: the order value and the groups formed for jobs that ask for
-- the process. Reading these few thousand rows replaces joining a year's order shares and groups
-- (about 100,000 rows each at the federation's scale) with every job's steps on each request
-- (docs/decisions/005-kpi-queries.md). Kept current by triggers on every table the figures
-- depend on: order shares and approved groups add or take away their part as they are written, a
-- lead firm moving takes its groups along, and a change to a job's steps recomputes the
-- (association, month) cells its orders and groups count in.
CREATE TABLE raw_kpi_process_month (
  "associationId" uuid    NOT NULL,
  "processCode"   text    NOT NULL,
  -- First day of the month in Japan: of the contract (order value), of the approval (groups).
  "month"         date    NOT NULL,
  -- Members' shares (raw_kpi_order_share) of orders for jobs with a step of the process.
  "valueYen"      numeric NOT NULL DEFAULT 0,
  -- How many order shares make up valueYen (0: the process has no order value in the cell).
  "shares"        integer NOT NULL DEFAULT 0,
  -- Groups approved in the month, led by a firm of the association, for jobs with a step of the process.
  "groups"        integer NOT NULL DEFAULT 0,
  CONSTRAINT raw_kpi_process_month_pkey PRIMARY KEY ("month", "associationId", "processCode")
);

-- Adds facts to their association, process and month, once per distinct process of the fact's
-- job: order shares (value and a count of one) and approved groups (one); negative to take away.
CREATE FUNCTION raw_kpi_add_process_facts(association_ids uuid[], job_ids uuid[], months date[], values_yen numeric[], shares integer[], groups integer[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO raw_kpi_process_month ("associationId", "processCode", "month", "valueYen", "shares", "groups")
  SELECT f.association_id, p.process, f.month, sum(f.value_yen), sum(f.shares), sum(f.groups)
  FROM unnest(association_ids, job_ids, months, values_yen, shares, groups) AS f(association_id, job_id, month, value_yen, shares, groups)
  CROSS JOIN LATERAL (SELECT DISTINCT js."processCode" AS process FROM "JobStep" js WHERE js."jobId" = f.job_id) p
  GROUP BY 1, 2, 3
  ON CONFLICT ("month", "associationId", "processCode") DO UPDATE
    SET "valueYen" = raw_kpi_process_month."valueYen" + EXCLUDED."valueYen",
        "shares" = raw_kpi_process_month."shares" + EXCLUDED."shares",
        "groups" = raw_kpi_process_month."groups" + EXCLUDED."groups";
$$;

-- The month (first day, Japan time) of a moment: a group's approval, a job's publication.
CREATE FUNCTION raw_kpi_japan_month(at timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT date_trunc('month', at AT TIME ZONE 'Asia/Tokyo')::date
$$;

-- An order share written: its old version taken away, its new one added.
CREATE FUNCTION raw_kpi_process_shares_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM raw_kpi_add_process_facts(array_agg("associationId"), array_agg("jobId"), array_agg(date_trunc('month', "contractedOn")::date), array_agg(-"valueYen"), array_agg(-1), array_agg(0))
    FROM removed HAVING count(*) > 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM raw_kpi_add_process_facts(array_agg("associationId"), array_agg("jobId"), array_agg(date_trunc('month', "contractedOn")::date), array_agg("valueYen"), array_agg(1), array_agg(0))
    FROM added HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_process_shares_inserted AFTER INSERT ON raw_kpi_order_share REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_shares_changed();
CREATE TRIGGER raw_kpi_process_shares_updated AFTER UPDATE ON raw_kpi_order_share REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_shares_changed();
CREATE TRIGGER raw_kpi_process_shares_deleted AFTER DELETE ON raw_kpi_order_share REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_shares_changed();

-- A group written: its old version taken away, its new one added (approved groups only, under
-- the lead firm's association).
CREATE FUNCTION raw_kpi_process_groups_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM raw_kpi_add_process_facts(array_agg(f."associationId"), array_agg(g."jobId"), array_agg(raw_kpi_japan_month(g."formedAt")), array_agg(0::numeric), array_agg(0), array_agg(-1))
    FROM removed g JOIN "Firm" f ON f.id = g."leadFirmId" WHERE g."formedAt" IS NOT NULL AND g."jobId" IS NOT NULL HAVING count(*) > 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM raw_kpi_add_process_facts(array_agg(f."associationId"), array_agg(g."jobId"), array_agg(raw_kpi_japan_month(g."formedAt")), array_agg(0::numeric), array_agg(0), array_agg(1))
    FROM added g JOIN "Firm" f ON f.id = g."leadFirmId" WHERE g."formedAt" IS NOT NULL AND g."jobId" IS NOT NULL HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_process_groups_inserted AFTER INSERT ON "JointOrderGroup" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_groups_changed();
CREATE TRIGGER raw_kpi_process_groups_updated AFTER UPDATE ON "JointOrderGroup" REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_groups_changed();
CREATE TRIGGER raw_kpi_process_groups_deleted AFTER DELETE ON "JointOrderGroup" REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_groups_changed();

-- A lead firm moving to another association takes its groups along (its order shares move with
-- raw_kpi_firm_moved, whose update of raw_kpi_order_share the share triggers above follow).
CREATE FUNCTION raw_kpi_process_lead_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM raw_kpi_add_process_facts(array_agg(a.association_id), array_agg(g."jobId"), array_agg(raw_kpi_japan_month(g."formedAt")), array_agg(0::numeric), array_agg(0), array_agg(a.n))
  FROM "JointOrderGroup" g CROSS JOIN (VALUES (OLD."associationId", -1), (NEW."associationId", 1)) AS a(association_id, n)
  WHERE g."leadFirmId" = NEW.id AND g."formedAt" IS NOT NULL AND g."jobId" IS NOT NULL
  HAVING count(*) > 0;
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_process_lead_moved AFTER UPDATE OF "associationId" ON "Firm"
  FOR EACH ROW WHEN (OLD."associationId" IS DISTINCT FROM NEW."associationId") EXECUTE FUNCTION raw_kpi_process_lead_moved();

-- Recomputes whole (association, month) cells from the records: order shares contracted in the
-- month with a firm of the association, and groups approved in the month (Japan time) whose lead
-- firm belongs to it, each counted under every distinct process of its job.
CREATE FUNCTION raw_kpi_refresh_process_months(association_ids uuid[], months date[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM raw_kpi_process_month p USING unnest(association_ids, months) AS c(association_id, month)
  WHERE p."associationId" = c.association_id AND p."month" = c.month;
  WITH cells AS (SELECT DISTINCT association_id, month FROM unnest(association_ids, months) AS c(association_id, month) WHERE month IS NOT NULL),
  facts AS (
    SELECT c.association_id, c.month, s."jobId" AS job_id, s."valueYen" AS value_yen, 1 AS shares, 0 AS groups
    FROM cells c JOIN raw_kpi_order_share s ON s."associationId" = c.association_id AND s."contractedOn" >= c.month AND s."contractedOn" < (c.month + interval '1 month')::date
    UNION ALL
    SELECT c.association_id, c.month, g."jobId", 0, 0, 1
    FROM cells c JOIN "Firm" f ON f."associationId" = c.association_id JOIN "JointOrderGroup" g ON g."leadFirmId" = f.id
    WHERE g."formedAt" >= c.month::timestamp AT TIME ZONE 'Asia/Tokyo' AND g."formedAt" < (c.month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Tokyo')
  INSERT INTO raw_kpi_process_month ("associationId", "processCode", "month", "valueYen", "shares", "groups")
  SELECT x.association_id, p.process, x.month, sum(x.value_yen), sum(x.shares), sum(x.groups)
  FROM facts x CROSS JOIN LATERAL (SELECT DISTINCT js."processCode" AS process FROM "JobStep" js WHERE js."jobId" = x.job_id) p
  GROUP BY 1, 2, 3;
$$;

-- Deleting a job cascades to its steps and groups, and both statement triggers would then run
-- after the whole delete, when nothing tells which processes the groups counted under any more.
-- Its steps go first instead, so its cells are recomputed while its groups are still there.
CREATE FUNCTION raw_kpi_process_job_deleting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "JobStep" WHERE "jobId" = OLD.id;
  RETURN OLD;
END $$;
CREATE TRIGGER raw_kpi_process_job_deleting BEFORE DELETE ON "Job" FOR EACH ROW EXECUTE FUNCTION raw_kpi_process_job_deleting();

-- Existing records, with the same definition as the refresh (grouped per job first, so a job's
-- steps are read once per cell rather than once per share).
INSERT INTO raw_kpi_process_month ("associationId", "processCode", "month", "valueYen", "shares", "groups")
SELECT x.association_id, p."processCode", x.month, sum(x.value_yen), sum(x.shares), sum(x.groups)
FROM (
  SELECT association_id, month, job_id, sum(value_yen) AS value_yen, sum(shares) AS shares, sum(groups) AS groups
  FROM (
    SELECT "associationId" AS association_id, date_trunc('month', "contractedOn")::date AS month, "jobId" AS job_id, "valueYen" AS value_yen, 1 AS shares, 0 AS groups
    FROM raw_kpi_order_share
    UNION ALL
    SELECT f."associationId", raw_kpi_japan_month(g."formedAt"), g."jobId", 0, 0, 1
    FROM "JointOrderGroup" g JOIN "Firm" f ON f.id = g."leadFirmId" WHERE g."formedAt" IS NOT NULL AND g."jobId" IS NOT NULL
  ) facts
  GROUP BY 1, 2, 3
) x
JOIN (SELECT DISTINCT "jobId", "processCode" FROM "JobStep") p ON p."jobId" = x.job_id
GROUP BY 1, 2, 3;

-- Capability gaps' demand: per process and month (Japan time) of publication, the jobs published
-- with at least one step of the process. Kept by the presence of each (job, process) pair as
-- steps are written, and by jobs' publication moving. (A job's steps cannot precede it, and go
-- before it when it is deleted, so inserting or deleting a job itself changes nothing here.)
CREATE TABLE raw_kpi_process_jobs (
  "processCode" text    NOT NULL,
  "month"       date    NOT NULL,
  "jobs"        integer NOT NULL DEFAULT 0,
  CONSTRAINT raw_kpi_process_jobs_pkey PRIMARY KEY ("month", "processCode")
);

-- Steps written (sign 1 for each new row, -1 for each old one): a published job starts or stops
-- counting under a process when its first step of the process comes or its last one goes.
CREATE FUNCTION raw_kpi_add_process_steps(job_ids uuid[], processes text[], signs integer[]) RETURNS void LANGUAGE sql AS $$
  WITH changed AS (
    SELECT c.job_id, c.process, sum(c.sign) AS net FROM unnest(job_ids, processes, signs) AS c(job_id, process, sign) GROUP BY 1, 2),
  presence AS (
    SELECT c.job_id, c.process, c.net, (SELECT count(*) FROM "JobStep" s WHERE s."jobId" = c.job_id AND s."processCode" = c.process) AS steps
    FROM changed c)
  INSERT INTO raw_kpi_process_jobs ("processCode", "month", "jobs")
  SELECT p.process, raw_kpi_japan_month(j."publishedAt"), sum((p.steps > 0)::int - (p.steps - p.net > 0)::int)
  FROM presence p JOIN "Job" j ON j.id = p.job_id WHERE j."publishedAt" IS NOT NULL
  GROUP BY 1, 2 HAVING sum((p.steps > 0)::int - (p.steps - p.net > 0)::int) <> 0
  ON CONFLICT ("month", "processCode") DO UPDATE SET "jobs" = raw_kpi_process_jobs."jobs" + EXCLUDED."jobs";
$$;

-- A job published, unpublished or moved to another publication day: its processes move month.
CREATE FUNCTION raw_kpi_process_jobs_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO raw_kpi_process_jobs ("processCode", "month", "jobs")
  SELECT p.process, m.month, sum(m.n)
  FROM removed o JOIN added n ON n.id = o.id
  CROSS JOIN LATERAL (VALUES (raw_kpi_japan_month(o."publishedAt"), -1), (raw_kpi_japan_month(n."publishedAt"), 1)) AS m(month, n)
  CROSS JOIN LATERAL (SELECT DISTINCT s."processCode" AS process FROM "JobStep" s WHERE s."jobId" = n.id) p
  WHERE o."publishedAt" IS DISTINCT FROM n."publishedAt" AND m.month IS NOT NULL
  GROUP BY 1, 2
  ON CONFLICT ("month", "processCode") DO UPDATE SET "jobs" = raw_kpi_process_jobs."jobs" + EXCLUDED."jobs";
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_process_jobs_published AFTER UPDATE ON "Job" REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_jobs_published();

-- A job's steps written: each (job, process) pair that appeared or went moves the job's demand,
-- and as the job's processes may have changed, every (association, month) cell its orders and
-- groups count in is recomputed.
CREATE FUNCTION raw_kpi_process_steps_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  job_ids uuid[] := '{}';
  processes text[] := '{}';
  signs integer[] := '{}';
  association_ids uuid[];
  months date[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT job_ids || coalesce(array_agg("jobId"), '{}'), processes || coalesce(array_agg("processCode"), '{}'), signs || coalesce(array_agg(-1), '{}')
    INTO job_ids, processes, signs FROM removed;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT job_ids || coalesce(array_agg("jobId"), '{}'), processes || coalesce(array_agg("processCode"), '{}'), signs || coalesce(array_agg(1), '{}')
    INTO job_ids, processes, signs FROM added;
  END IF;
  PERFORM raw_kpi_add_process_steps(job_ids, processes, signs);
  SELECT array_agg(association_id), array_agg(month) INTO association_ids, months FROM (
    SELECT s."associationId" AS association_id, date_trunc('month', s."contractedOn")::date AS month FROM raw_kpi_order_share s WHERE s."jobId" = ANY(job_ids)
    UNION
    SELECT f."associationId", raw_kpi_japan_month(g."formedAt") FROM "JointOrderGroup" g JOIN "Firm" f ON f.id = g."leadFirmId"
    WHERE g."jobId" = ANY(job_ids) AND g."formedAt" IS NOT NULL) cells;
  IF association_ids IS NOT NULL THEN PERFORM raw_kpi_refresh_process_months(association_ids, months); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_process_steps_inserted AFTER INSERT ON "JobStep" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_steps_changed();
CREATE TRIGGER raw_kpi_process_steps_updated AFTER UPDATE ON "JobStep" REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_steps_changed();
CREATE TRIGGER raw_kpi_process_steps_deleted AFTER DELETE ON "JobStep" REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_process_steps_changed();

INSERT INTO raw_kpi_process_jobs ("processCode", "month", "jobs")
SELECT s."processCode", raw_kpi_japan_month(j."publishedAt"), count(*)
FROM (SELECT DISTINCT "jobId", "processCode" FROM "JobStep") s JOIN "Job" j ON j.id = s."jobId"
WHERE j."publishedAt" IS NOT NULL
GROUP BY 1, 2;
