-- KPI summaries (hand-written; every object is named raw_* so the schema-drift check ignores it).
-- The dashboard aggregates over these instead of joining orders, group members, firms and buyers
-- on every request (see docs/decisions/005-kpi-queries.md). Triggers keep them current on every
-- write, whatever code path makes it (server actions, the seed's bulk inserts, SQL by hand).

-- Each non-cancelled order split over the firms that accepted its group, by agreed share
-- (equally when no shares were agreed), with the keys the dashboard breaks figures down by.
CREATE TABLE raw_kpi_order_share (
  "orderId"          uuid    NOT NULL,
  "firmId"           uuid    NOT NULL,
  "associationId"    uuid    NOT NULL,
  "municipalityCode" text    NOT NULL,
  "buyerOrgId"       uuid    NOT NULL,
  "buyerIndustry"    text    NOT NULL,
  "jobId"            uuid    NOT NULL,
  "contractedOn"     date    NOT NULL,
  "deliveredOn"      date,
  "valueYen"         numeric NOT NULL,
  CONSTRAINT raw_kpi_order_share_pkey PRIMARY KEY ("orderId", "firmId"),
  CONSTRAINT raw_kpi_order_share_order_fkey FOREIGN KEY ("orderId") REFERENCES "Order"(id) ON DELETE CASCADE,
  CONSTRAINT raw_kpi_order_share_firm_fkey FOREIGN KEY ("firmId") REFERENCES "Firm"(id) ON DELETE CASCADE
);
CREATE INDEX raw_kpi_order_share_contracted ON raw_kpi_order_share ("contractedOn");
CREATE INDEX raw_kpi_order_share_association ON raw_kpi_order_share ("associationId", "contractedOn");
CREATE INDEX raw_kpi_order_share_firm_buyer ON raw_kpi_order_share ("firmId", "buyerOrgId", "contractedOn");
CREATE INDEX raw_kpi_order_share_job ON raw_kpi_order_share ("jobId");

-- The day each firm first won an order from each buyer (the new-customer KPI).
CREATE TABLE raw_kpi_firm_buyer (
  "firmId"        uuid NOT NULL,
  "buyerOrgId"    uuid NOT NULL,
  "associationId" uuid NOT NULL,
  "firstOn"       date NOT NULL,
  CONSTRAINT raw_kpi_firm_buyer_pkey PRIMARY KEY ("firmId", "buyerOrgId"),
  CONSTRAINT raw_kpi_firm_buyer_firm_fkey FOREIGN KEY ("firmId") REFERENCES "Firm"(id) ON DELETE CASCADE
);
CREATE INDEX raw_kpi_firm_buyer_first ON raw_kpi_firm_buyer ("firstOn", "associationId");

-- Per firm, per month ('M') and per fiscal year ('Y', "periodStart" = 1 April): its share of order
-- value and how many buyers it won for the first time. Kept by triggers on the two tables above,
-- so outcome KPIs over years read tens of thousands of rows instead of every order share.
CREATE TABLE raw_kpi_firm_period (
  "firmId"        uuid    NOT NULL,
  "associationId" uuid    NOT NULL,
  "grain"         "char"  NOT NULL,
  "periodStart"   date    NOT NULL,
  "valueYen"      numeric NOT NULL DEFAULT 0,
  "newBuyers"     integer NOT NULL DEFAULT 0,
  CONSTRAINT raw_kpi_firm_period_pkey PRIMARY KEY ("firmId", "grain", "periodStart"),
  CONSTRAINT raw_kpi_firm_period_firm_fkey FOREIGN KEY ("firmId") REFERENCES "Firm"(id) ON DELETE CASCADE
);
CREATE INDEX raw_kpi_firm_period_start ON raw_kpi_firm_period ("grain", "periodStart", "associationId");

CREATE FUNCTION raw_kpi_fiscal_year_start(day date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT make_date(CASE WHEN extract(month FROM day) >= 4 THEN extract(year FROM day)::int ELSE extract(year FROM day)::int - 1 END, 4, 1)
$$;

CREATE FUNCTION raw_kpi_add_to_firm_period(firm uuid, association uuid, day date, value_yen numeric, new_buyers integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO raw_kpi_firm_period ("firmId", "associationId", "grain", "periodStart", "valueYen", "newBuyers")
  VALUES (firm, association, 'M', date_trunc('month', day)::date, value_yen, new_buyers),
         (firm, association, 'Y', raw_kpi_fiscal_year_start(day), value_yen, new_buyers)
  ON CONFLICT ("firmId", "grain", "periodStart") DO UPDATE
    SET "valueYen" = raw_kpi_firm_period."valueYen" + EXCLUDED."valueYen",
        "newBuyers" = raw_kpi_firm_period."newBuyers" + EXCLUDED."newBuyers",
        "associationId" = EXCLUDED."associationId";
$$;

CREATE FUNCTION raw_kpi_share_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM raw_kpi_add_to_firm_period(OLD."firmId", OLD."associationId", OLD."contractedOn", -OLD."valueYen", 0); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM raw_kpi_add_to_firm_period(NEW."firmId", NEW."associationId", NEW."contractedOn", NEW."valueYen", 0); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION raw_kpi_first_buyer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM raw_kpi_add_to_firm_period(OLD."firmId", OLD."associationId", OLD."firstOn", 0, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM raw_kpi_add_to_firm_period(NEW."firmId", NEW."associationId", NEW."firstOn", 0, 1); END IF;
  RETURN NULL;
END $$;

-- Months in which a firm used the platform at least once (monthly active firms).
CREATE TABLE raw_kpi_firm_month (
  "firmId" uuid NOT NULL,
  "month"  date NOT NULL,
  CONSTRAINT raw_kpi_firm_month_pkey PRIMARY KEY ("firmId", "month"),
  CONSTRAINT raw_kpi_firm_month_firm_fkey FOREIGN KEY ("firmId") REFERENCES "Firm"(id) ON DELETE CASCADE
);
CREATE INDEX raw_kpi_firm_month_month ON raw_kpi_firm_month ("month", "firmId");

-- Jobs by publication day (funnel and capability gaps); a job's processes without reading steps.
CREATE INDEX raw_job_published ON "Job" ("publishedAt");
CREATE INDEX raw_kpi_jobstep_job_process ON "JobStep" ("jobId", "processCode");

CREATE FUNCTION raw_kpi_refresh_order(order_id uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  firms uuid[];
  buyers uuid[];
BEGIN
  WITH removed AS (DELETE FROM raw_kpi_order_share WHERE "orderId" = order_id RETURNING "firmId", "buyerOrgId")
  SELECT coalesce(array_agg("firmId"), '{}'), coalesce(array_agg(DISTINCT "buyerOrgId"), '{}') INTO firms, buyers FROM removed;

  INSERT INTO raw_kpi_order_share ("orderId", "firmId", "associationId", "municipalityCode", "buyerOrgId", "buyerIndustry", "jobId", "contractedOn", "deliveredOn", "valueYen")
  SELECT o.id, m."firmId", f."associationId", f."municipalityCode", o."buyerOrgId", b.industry::text, o."jobId", o."contractedOn", o."deliveredOn",
         o."contractedValueYen" * CASE WHEN sum(m."shareBasisPoints") OVER () > 0
                                       THEN m."shareBasisPoints"::numeric / sum(m."shareBasisPoints") OVER ()
                                       ELSE 1::numeric / count(*) OVER () END
  FROM "Order" o
  JOIN "GroupMember" m ON m."groupId" = o."groupId" AND m.status = 'ACCEPTED'
  JOIN "Firm" f ON f.id = m."firmId"
  JOIN "BuyerOrganization" b ON b.id = o."buyerOrgId"
  WHERE o.id = order_id AND o.status <> 'CANCELLED';

  SELECT firms || coalesce(array_agg("firmId"), '{}'), buyers || coalesce(array_agg(DISTINCT "buyerOrgId"), '{}') INTO firms, buyers
  FROM raw_kpi_order_share WHERE "orderId" = order_id;

  DELETE FROM raw_kpi_firm_buyer WHERE "firmId" = ANY(firms) AND "buyerOrgId" = ANY(buyers);
  INSERT INTO raw_kpi_firm_buyer ("firmId", "buyerOrgId", "associationId", "firstOn")
  SELECT s."firmId", s."buyerOrgId", min(s."associationId"::text)::uuid, min(s."contractedOn")
  FROM raw_kpi_order_share s WHERE s."firmId" = ANY(firms) AND s."buyerOrgId" = ANY(buyers)
  GROUP BY s."firmId", s."buyerOrgId";
END $$;

CREATE FUNCTION raw_kpi_order_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM raw_kpi_refresh_order(OLD.id);
  ELSE
    PERFORM raw_kpi_refresh_order(NEW.id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_order_changed AFTER INSERT OR UPDATE OR DELETE ON "Order"
  FOR EACH ROW EXECUTE FUNCTION raw_kpi_order_changed();

-- A member accepting, leaving or changing share changes the split of the group's order.
CREATE FUNCTION raw_kpi_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  order_id uuid;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    FOR order_id IN SELECT id FROM "Order" WHERE "groupId" = OLD."groupId" LOOP PERFORM raw_kpi_refresh_order(order_id); END LOOP;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    FOR order_id IN SELECT id FROM "Order" WHERE "groupId" = NEW."groupId" LOOP PERFORM raw_kpi_refresh_order(order_id); END LOOP;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_member_changed AFTER INSERT OR UPDATE OR DELETE ON "GroupMember"
  FOR EACH ROW EXECUTE FUNCTION raw_kpi_member_changed();

CREATE FUNCTION raw_kpi_firm_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE raw_kpi_order_share SET "associationId" = NEW."associationId", "municipalityCode" = NEW."municipalityCode" WHERE "firmId" = NEW.id;
  UPDATE raw_kpi_firm_buyer SET "associationId" = NEW."associationId" WHERE "firmId" = NEW.id;
  UPDATE raw_kpi_firm_period SET "associationId" = NEW."associationId" WHERE "firmId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_firm_moved AFTER UPDATE OF "associationId", "municipalityCode" ON "Firm"
  FOR EACH ROW WHEN (OLD."associationId" IS DISTINCT FROM NEW."associationId" OR OLD."municipalityCode" IS DISTINCT FROM NEW."municipalityCode")
  EXECUTE FUNCTION raw_kpi_firm_moved();

CREATE FUNCTION raw_kpi_buyer_industry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE raw_kpi_order_share SET "buyerIndustry" = NEW.industry::text WHERE "buyerOrgId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_buyer_industry_changed AFTER UPDATE OF industry ON "BuyerOrganization"
  FOR EACH ROW WHEN (OLD.industry IS DISTINCT FROM NEW.industry) EXECUTE FUNCTION raw_kpi_buyer_industry_changed();

-- Activity days arrive in bulk (one row per firm per day); one statement-level insert per batch.
-- Rows are only ever removed with their firm, which the foreign key cascades.
CREATE FUNCTION raw_kpi_activity_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO raw_kpi_firm_month ("firmId", "month")
  SELECT DISTINCT "firmId", date_trunc('month', "day")::date FROM added
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER raw_kpi_activity_added AFTER INSERT ON "FirmActivity"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_activity_added();

-- Existing records (the per-period triggers are created after the backfill, which fills them at once).
INSERT INTO raw_kpi_order_share ("orderId", "firmId", "associationId", "municipalityCode", "buyerOrgId", "buyerIndustry", "jobId", "contractedOn", "deliveredOn", "valueYen")
SELECT o.id, m."firmId", f."associationId", f."municipalityCode", o."buyerOrgId", b.industry::text, o."jobId", o."contractedOn", o."deliveredOn",
       o."contractedValueYen" * CASE WHEN sum(m."shareBasisPoints") OVER w > 0
                                     THEN m."shareBasisPoints"::numeric / sum(m."shareBasisPoints") OVER w
                                     ELSE 1::numeric / count(*) OVER w END
FROM "Order" o
JOIN "GroupMember" m ON m."groupId" = o."groupId" AND m.status = 'ACCEPTED'
JOIN "Firm" f ON f.id = m."firmId"
JOIN "BuyerOrganization" b ON b.id = o."buyerOrgId"
WHERE o.status <> 'CANCELLED'
WINDOW w AS (PARTITION BY o.id);

INSERT INTO raw_kpi_firm_buyer ("firmId", "buyerOrgId", "associationId", "firstOn")
SELECT "firmId", "buyerOrgId", min("associationId"::text)::uuid, min("contractedOn") FROM raw_kpi_order_share GROUP BY 1, 2;

INSERT INTO raw_kpi_firm_month ("firmId", "month")
SELECT DISTINCT "firmId", date_trunc('month', "day")::date FROM "FirmActivity";

INSERT INTO raw_kpi_firm_period ("firmId", "associationId", "grain", "periodStart", "valueYen", "newBuyers")
SELECT "firmId", min("associationId"::text)::uuid, grain, period_start, sum(value_yen), sum(new_buyers)
FROM (
  SELECT "firmId", "associationId", g.grain, CASE g.grain WHEN 'M' THEN date_trunc('month', "contractedOn")::date ELSE raw_kpi_fiscal_year_start("contractedOn") END AS period_start, "valueYen" AS value_yen, 0 AS new_buyers
  FROM raw_kpi_order_share CROSS JOIN (VALUES ('M'::"char"), ('Y'::"char")) AS g(grain)
  UNION ALL
  SELECT "firmId", "associationId", g.grain, CASE g.grain WHEN 'M' THEN date_trunc('month', "firstOn")::date ELSE raw_kpi_fiscal_year_start("firstOn") END, 0, 1
  FROM raw_kpi_firm_buyer CROSS JOIN (VALUES ('M'::"char"), ('Y'::"char")) AS g(grain)
) x
GROUP BY "firmId", grain, period_start;

CREATE TRIGGER raw_kpi_share_changed AFTER INSERT OR UPDATE OR DELETE ON raw_kpi_order_share
  FOR EACH ROW EXECUTE FUNCTION raw_kpi_share_changed();
CREATE TRIGGER raw_kpi_first_buyer_changed AFTER INSERT OR UPDATE OR DELETE ON raw_kpi_firm_buyer
  FOR EACH ROW EXECUTE FUNCTION raw_kpi_first_buyer_changed();

-- The job funnel per job and association: which stages a published job reached with member firms
-- of the association involved. One more row per job under the all-zero id stands for "any member
-- firm" (the federation's view; one federation per installation). Refreshed per batch of jobs by
-- statement-level triggers on every table a stage depends on.
CREATE TABLE raw_kpi_job_funnel (
  "jobId"         uuid        NOT NULL,
  "associationId" uuid        NOT NULL,
  "publishedAt"   timestamptz NOT NULL,
  "suggested"     boolean     NOT NULL,
  "invited"       boolean     NOT NULL,
  "approved"      boolean     NOT NULL,
  "awarded"       boolean     NOT NULL,
  "delivered"     boolean     NOT NULL,
  CONSTRAINT raw_kpi_job_funnel_pkey PRIMARY KEY ("jobId", "associationId"),
  CONSTRAINT raw_kpi_job_funnel_job_fkey FOREIGN KEY ("jobId") REFERENCES "Job"(id) ON DELETE CASCADE
);
CREATE INDEX raw_kpi_job_funnel_published ON raw_kpi_job_funnel ("associationId", "publishedAt");

CREATE FUNCTION raw_kpi_refresh_jobs(job_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM raw_kpi_job_funnel WHERE "jobId" = ANY(job_ids);
  WITH stages AS (
    SELECT r."jobId" AS job_id, f."associationId" AS association_id, 1 AS stage
    FROM "MatchRun" r JOIN "MatchSuggestion" s ON s."matchRunId" = r.id
    JOIN "MatchSuggestionMember" sm ON sm."suggestionId" = s.id JOIN "Firm" f ON f.id = sm."firmId"
    WHERE r."jobId" = ANY(job_ids)
    UNION ALL
    SELECT g."jobId", f."associationId", CASE WHEN g."formedAt" IS NOT NULL AND m.status = 'ACCEPTED' THEN 3 ELSE 2 END
    FROM "JointOrderGroup" g JOIN "GroupMember" m ON m."groupId" = g.id JOIN "Firm" f ON f.id = m."firmId"
    WHERE g."jobId" = ANY(job_ids) AND g.status <> 'DRAFT'
    UNION ALL
    SELECT o."jobId", f."associationId", CASE WHEN o."deliveredOn" IS NOT NULL THEN 5 ELSE 4 END
    FROM "Order" o JOIN "GroupMember" m ON m."groupId" = o."groupId" AND m.status = 'ACCEPTED' JOIN "Firm" f ON f.id = m."firmId"
    WHERE o."jobId" = ANY(job_ids) AND o.status <> 'CANCELLED'),
  keyed AS (
    SELECT job_id, association_id, stage FROM stages
    UNION ALL SELECT job_id, '00000000-0000-0000-0000-000000000000'::uuid, stage FROM stages)
  INSERT INTO raw_kpi_job_funnel ("jobId", "associationId", "publishedAt", suggested, invited, approved, awarded, delivered)
  SELECT j.id, k.association_id, j."publishedAt", bool_or(k.stage = 1), bool_or(k.stage >= 2), bool_or(k.stage >= 3), bool_or(k.stage >= 4), bool_or(k.stage = 5)
  FROM "Job" j JOIN keyed k ON k.job_id = j.id
  WHERE j.id = ANY(job_ids) AND j."publishedAt" IS NOT NULL
  GROUP BY j.id, k.association_id, j."publishedAt";
$$;

CREATE FUNCTION raw_kpi_jobs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
  END IF;
  IF ids IS NOT NULL THEN PERFORM raw_kpi_refresh_jobs(ids); END IF;
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger, hence one trigger per table and event.
CREATE TRIGGER raw_kpi_job_inserted AFTER INSERT ON "Job" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_job_updated AFTER UPDATE ON "Job" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_suggestion_member_inserted AFTER INSERT ON "MatchSuggestionMember" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_group_inserted AFTER INSERT ON "JointOrderGroup" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_group_updated AFTER UPDATE ON "JointOrderGroup" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_group_member_inserted AFTER INSERT ON "GroupMember" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_group_member_updated AFTER UPDATE ON "GroupMember" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_group_member_deleted AFTER DELETE ON "GroupMember" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_order_inserted AFTER INSERT ON "Order" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_order_updated AFTER UPDATE ON "Order" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();
CREATE TRIGGER raw_kpi_order_deleted AFTER DELETE ON "Order" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_jobs_changed();

SELECT raw_kpi_refresh_jobs(array_agg(id)) FROM "Job" WHERE "publishedAt" IS NOT NULL;
