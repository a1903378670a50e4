-- Matching's record term reads each firm's monthly scorecard (decision 017, issue 22 item 5)
-- instead of the raw averages of raw_match_firm_record. Per firm and Tokyo month, the figures the
-- grade is made of, with the same definitions as lib/quality/scorecard.ts (a test keeps them
-- equal): steps finished and on time, sample units inspected and out of tolerance in lots after the
-- firm's steps, non-conformances raised against it, buyers' ratings of its work. Only months with
-- data have a row. Refreshed with raw_match_firm_record (lib/matching-service/records.ts); the
-- loader picks the last 12 months by the injected clock, so the view holds no notion of "now".

CREATE MATERIALIZED VIEW raw_match_firm_month AS
  WITH steps AS (
    SELECT m."firmId" AS firm_id, date_trunc('month', a."actualEnd")::date AS month,
           count(*)::int AS steps_done, (count(*) FILTER (WHERE a."actualEnd" <= a."plannedEnd"))::int AS steps_on_time
      FROM "GroupStepAssignment" a JOIN "GroupMember" m ON m.id = a."memberId"
     WHERE a."actualEnd" IS NOT NULL AND a."plannedEnd" IS NOT NULL
     GROUP BY 1, 2
  ), lots AS (
    SELECT m."firmId" AS firm_id, date_trunc('month', l."inspectedAt" AT TIME ZONE 'Asia/Tokyo')::date AS month,
           sum(l."sampleSize")::int AS units, sum(l."nonconformingUnits")::int AS units_bad
      FROM "InspectionLot" l JOIN "GroupStepAssignment" a ON a.id = l."assignmentId" JOIN "GroupMember" m ON m.id = a."memberId"
     GROUP BY 1, 2
  ), raised AS (
    -- Against the firm: the member held responsible, or (not yet assigned) the member of the step.
    SELECT m."firmId" AS firm_id, date_trunc('month', n."createdAt" AT TIME ZONE 'Asia/Tokyo')::date AS month, count(*)::int AS nc_raised
      FROM "NonConformance" n LEFT JOIN "GroupStepAssignment" a ON a.id = n."assignmentId"
      JOIN "GroupMember" m ON m.id = COALESCE(n."responsibleMemberId", a."memberId")
     WHERE n.status <> 'WITHDRAWN'
     GROUP BY 1, 2
  ), rated AS (
    SELECT gm."firmId" AS firm_id, date_trunc('month', o."acceptedOn")::date AS month,
           avg(COALESCE(mr.delivery, r.delivery))::float8 AS r_delivery, avg(COALESCE(mr.quality, r.quality))::float8 AS r_quality,
           avg(COALESCE(mr.communication, r.communication))::float8 AS r_communication, avg(mr.price)::float8 AS r_price, count(*)::int AS r_count
      FROM "GroupMember" gm JOIN "Order" o ON o."groupId" = gm."groupId"
      LEFT JOIN "MemberRating" mr ON mr."orderId" = o.id AND mr."memberId" = gm.id
      LEFT JOIN "OrderRating" r ON r."orderId" = o.id
     WHERE gm.status = 'ACCEPTED' AND o."acceptedOn" IS NOT NULL AND (mr."orderId" IS NOT NULL OR r."orderId" IS NOT NULL)
     GROUP BY 1, 2
  )
  SELECT firm_id, month,
         COALESCE(steps.steps_done, 0) AS steps_done, COALESCE(steps.steps_on_time, 0) AS steps_on_time,
         COALESCE(lots.units, 0) AS units, COALESCE(lots.units_bad, 0) AS units_bad,
         COALESCE(raised.nc_raised, 0) AS nc_raised,
         rated.r_delivery, rated.r_quality, rated.r_communication, rated.r_price, COALESCE(rated.r_count, 0) AS r_count
    FROM steps FULL JOIN lots USING (firm_id, month) FULL JOIN raised USING (firm_id, month) FULL JOIN rated USING (firm_id, month);
CREATE UNIQUE INDEX raw_match_firm_month_key ON raw_match_firm_month (firm_id, month);
