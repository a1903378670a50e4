-- Bulk writes keep the trigger-kept tables fast and within PostgreSQL's lock table (issue 23 item 5:
-- the 100,000-order seed).
--
-- 1. raw_lock takes at most 64 advisory locks per scope and call. It took one per key: the seed's
--    one UPDATE of ~100,000 jobs' dates refreshed their funnel rows under ~100,000 locks and failed
--    with "out of shared memory" (the lock table holds max_locks_per_transaction × connections,
--    6,400 by default, for every database of the server). Keys now share 64 buckets per scope;
--    the same key always takes the same lock, so two refreshes of one key still wait for each
--    other; two unrelated keys in one bucket merely wait too. Buckets are taken in sorted order.

CREATE OR REPLACE FUNCTION raw_lock(scope text, keys text[]) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext(scope), bucket)
  FROM (SELECT DISTINCT (hashtextextended(k, 0) & 63)::int AS bucket FROM unnest(keys) AS k WHERE k IS NOT NULL ORDER BY 1) AS sorted;
$$;

-- 2. Orders refresh their KPI order shares once per statement, not once per row (issue 23 item 5).
--    The row trigger ran raw_kpi_refresh_order for every order inserted: about twenty statements
--    each (its share rows, their statement triggers, the firm-buyer pairs), so the 100,000-order seed
--    spent most of its history step in it, ~8 ms an order. The same refresh over the statement's
--    transition table does the set at once: the shares of every order in it (split per order as
--    before), then the (firm, buyer) pairs those orders touch. A single-row write does what it did.

CREATE FUNCTION raw_kpi_refresh_orders(order_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  firms uuid[];
  buyers uuid[];
BEGIN
  IF order_ids IS NULL OR cardinality(order_ids) = 0 THEN RETURN; END IF;
  PERFORM raw_lock('kpi_order', order_ids::text[]);
  WITH removed AS (DELETE FROM raw_kpi_order_share WHERE "orderId" = ANY(order_ids) RETURNING "firmId", "buyerOrgId")
  SELECT coalesce(array_agg("firmId"), '{}'), coalesce(array_agg("buyerOrgId"), '{}') INTO firms, buyers FROM removed;

  INSERT INTO raw_kpi_order_share ("orderId", "firmId", "associationId", "municipalityCode", "buyerOrgId", "buyerIndustry", "jobId", "contractedOn", "deliveredOn", "valueYen")
  SELECT o.id, m."firmId", f."associationId", f."municipalityCode", o."buyerOrgId", b.industry::text, o."jobId", o."contractedOn", o."deliveredOn",
         o."contractedValueYen" * CASE WHEN sum(m."shareBasisPoints") OVER w > 0
                                       THEN m."shareBasisPoints"::numeric / sum(m."shareBasisPoints") OVER w
                                       ELSE 1::numeric / count(*) OVER w END
  FROM "Order" o
  JOIN "GroupMember" m ON m."groupId" = o."groupId" AND m.status = 'ACCEPTED'
  JOIN "Firm" f ON f.id = m."firmId"
  JOIN "BuyerOrganization" b ON b.id = o."buyerOrgId"
  WHERE o.id = ANY(order_ids) AND o.status <> 'CANCELLED'
  WINDOW w AS (PARTITION BY o.id);

  -- Pairs before and after, as two parallel arrays (each pair once).
  SELECT array_agg(p.f), array_agg(p.b) INTO firms, buyers FROM (
    SELECT DISTINCT f, b FROM unnest(firms, buyers) AS x(f, b)
    UNION SELECT "firmId", "buyerOrgId" FROM raw_kpi_order_share WHERE "orderId" = ANY(order_ids)) p;
  IF firms IS NULL THEN RETURN; END IF;

  PERFORM raw_lock('kpi_buyer', buyers::text[]);
  DELETE FROM raw_kpi_firm_buyer fb USING unnest(firms, buyers) AS p(f, b) WHERE fb."firmId" = p.f AND fb."buyerOrgId" = p.b;
  INSERT INTO raw_kpi_firm_buyer ("firmId", "buyerOrgId", "associationId", "firstOn")
  SELECT s."firmId", s."buyerOrgId", min(s."associationId"::text)::uuid, min(s."contractedOn")
  FROM raw_kpi_order_share s JOIN unnest(firms, buyers) AS p(f, b) ON s."firmId" = p.f AND s."buyerOrgId" = p.b
  GROUP BY s."firmId", s."buyerOrgId";
END $$;

--    The single-order refresh (group member changes call it per order of their group) is the set one.
CREATE OR REPLACE FUNCTION raw_kpi_refresh_order(order_id uuid) RETURNS void LANGUAGE sql AS $$
  SELECT raw_kpi_refresh_orders(ARRAY[order_id]);
$$;

CREATE FUNCTION raw_kpi_orders_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM raw_kpi_refresh_orders(ARRAY(SELECT id FROM added));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM raw_kpi_refresh_orders(ARRAY(SELECT id FROM added UNION SELECT id FROM removed));
  ELSE
    PERFORM raw_kpi_refresh_orders(ARRAY(SELECT id FROM removed));
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER raw_kpi_order_changed ON "Order";
DROP FUNCTION raw_kpi_order_changed();
CREATE TRIGGER raw_kpi_order_shares_inserted AFTER INSERT ON "Order"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_orders_changed();
CREATE TRIGGER raw_kpi_order_shares_updated AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_orders_changed();
CREATE TRIGGER raw_kpi_order_shares_deleted AFTER DELETE ON "Order"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION raw_kpi_orders_changed();
