-- Delivery and quality records per firm, and past partnerships per pair of firms, as the matching
-- service reads them for every "suggest groups" request. Aggregating them from orders on each
-- request took seconds on the 10,000-firm / 100,000-order seed; these materialised views are read by
-- primary key instead. The queue task matching.refreshRecords refreshes them (CONCURRENTLY, so reads
-- never wait) every 15 minutes; records only change when orders are delivered, accepted or rated.
-- Named raw_* so the schema-drift check ignores them.

CREATE MATERIALIZED VIEW raw_match_firm_record AS
  SELECT m."firmId" AS firm_id,
         count(DISTINCT o.id)::int AS deliveries,
         count(DISTINCT o.id) FILTER (WHERE o."deliveredOn" <= o."dueOn")::int AS on_time,
         avg((r.delivery + r.quality + r.communication) / 3.0)::float8 AS rating,
         COALESCE((SELECT count(*) FROM "QualityRecord" q JOIN "GroupMember" rm ON rm.id = q."responsibleMemberId"
                    WHERE rm."firmId" = m."firmId" AND q.kind = 'NON_CONFORMANCE'), 0)::int AS defects
  FROM "GroupMember" m
  JOIN "Order" o ON o."groupId" = m."groupId" AND o."deliveredOn" IS NOT NULL
  LEFT JOIN "OrderRating" r ON r."orderId" = o.id
  WHERE m.status = 'ACCEPTED'
  GROUP BY m."firmId";
CREATE UNIQUE INDEX raw_match_firm_record_key ON raw_match_firm_record (firm_id);

CREATE MATERIALIZED VIEW raw_match_partner AS
  SELECT a."firmId" AS a, b."firmId" AS b,
         count(DISTINCT o.id)::int AS jobs,
         avg((r.delivery + r.quality + r.communication) / 3.0)::float8 AS rating
  FROM "GroupMember" a
  JOIN "GroupMember" b ON b."groupId" = a."groupId" AND b."firmId" <> a."firmId" AND b.status = 'ACCEPTED'
  JOIN "Order" o ON o."groupId" = a."groupId" AND o."deliveredOn" IS NOT NULL
  LEFT JOIN "OrderRating" r ON r."orderId" = o.id
  WHERE a.status = 'ACCEPTED'
  GROUP BY 1, 2;
CREATE UNIQUE INDEX raw_match_partner_key ON raw_match_partner (a, b);
