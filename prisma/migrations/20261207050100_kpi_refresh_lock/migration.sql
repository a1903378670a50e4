-- Derived tables kept by triggers (KPI summaries, matching's open load and capabilities) are
-- refreshed by deleting a key's rows and inserting them again. Two transactions refreshing the same
-- key at once (two members accepting one group's invitations, two awards in one association and
-- month) both deleted, then both inserted: the second failed on the table's primary key and its
-- user got an error. Each refresh now takes transaction-scoped advisory locks on its keys first,
-- in sorted order; the statements after the lock see what the transaction before it committed.

CREATE FUNCTION raw_lock(scope text, keys text[]) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtextextended(scope || ':' || k, 0)) FROM (SELECT DISTINCT k FROM unnest(keys) AS k WHERE k IS NOT NULL ORDER BY k) AS sorted;
$$;

CREATE OR REPLACE FUNCTION raw_kpi_refresh_jobs(job_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT raw_lock('kpi_job', job_ids::text[]);
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

CREATE OR REPLACE FUNCTION raw_kpi_refresh_order(order_id uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  firms uuid[];
  buyers uuid[];
BEGIN
  PERFORM raw_lock('kpi_order', ARRAY[order_id::text]);
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

  PERFORM raw_lock('kpi_buyer', buyers::text[]);
  DELETE FROM raw_kpi_firm_buyer WHERE "firmId" = ANY(firms) AND "buyerOrgId" = ANY(buyers);
  INSERT INTO raw_kpi_firm_buyer ("firmId", "buyerOrgId", "associationId", "firstOn")
  SELECT s."firmId", s."buyerOrgId", min(s."associationId"::text)::uuid, min(s."contractedOn")
  FROM raw_kpi_order_share s WHERE s."firmId" = ANY(firms) AND s."buyerOrgId" = ANY(buyers)
  GROUP BY s."firmId", s."buyerOrgId";
END $$;

CREATE OR REPLACE FUNCTION raw_kpi_refresh_process_months(association_ids uuid[], months date[]) RETURNS void LANGUAGE sql AS $$
  SELECT raw_lock('kpi_process_month', (SELECT array_agg(a::text || '/' || m::text) FROM unnest(association_ids, months) AS c(a, m)));
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

CREATE OR REPLACE FUNCTION raw_match_refresh_open_load(group_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT raw_lock('match_open_load', group_ids::text[]);
  DELETE FROM raw_match_open_load WHERE group_id = ANY(group_ids);
  INSERT INTO raw_match_open_load (assignment_id, group_id, firm_id, process_code, quantity, deadline)
  SELECT a.id, a."groupId", m."firmId", a."processCode", a.quantity, j.deadline
  FROM "GroupStepAssignment" a
  JOIN "JointOrderGroup" g ON g.id = a."groupId"
  JOIN "GroupMember" m ON m.id = a."memberId"
  JOIN "Job" j ON j.id = g."jobId"
  WHERE a."groupId" = ANY(group_ids) AND a.status <> 'DONE' AND g.status IN ('APPROVED', 'AWARDED', 'IN_PRODUCTION');
$$;

CREATE OR REPLACE FUNCTION raw_match_refresh_capabilities(firm_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT raw_lock('match_capability', firm_ids::text[]);
  DELETE FROM raw_match_capability WHERE firm_id = ANY(firm_ids);
  INSERT INTO raw_match_capability (capability_id, firm_id, process_code, firm_name, latitude, longitude, best_tolerance_um, max_workpiece_mm, monthly_capacity, lead_time_days, materials)
  SELECT c.id, c."firmId", c."processCode", f."nameJa", f.latitude, f.longitude, c."bestToleranceUm", c."maxWorkpieceMm", c."monthlyCapacity", c."leadTimeDays",
         coalesce((SELECT array_agg(cm."materialCode" ORDER BY cm."materialCode") FROM "CapabilityMaterial" cm WHERE cm."capabilityId" = c.id), '{}')
  FROM "Capability" c JOIN "Firm" f ON f.id = c."firmId"
  WHERE c."firmId" = ANY(firm_ids) AND f.status = 'VERIFIED';
$$;
