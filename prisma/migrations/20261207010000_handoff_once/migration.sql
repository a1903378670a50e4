-- One hand-off per pair of steps. Before, the sender's and the receiver's confirmations could each
-- create a row when they came at the same moment. Merge such pairs first: keep the oldest row and
-- give it the earliest stamp of each side, then refuse a second row for good.
WITH ranked AS (
  SELECT "id", "fromAssignmentId", "toAssignmentId",
         row_number() OVER (PARTITION BY "fromAssignmentId", "toAssignmentId" ORDER BY "createdAt", "id") AS n
  FROM "Handoff"
), merged AS (
  SELECT r."id",
         (SELECT h."sentAt" FROM "Handoff" h WHERE h."fromAssignmentId" = r."fromAssignmentId" AND h."toAssignmentId" = r."toAssignmentId" AND h."sentAt" IS NOT NULL ORDER BY h."sentAt" LIMIT 1) AS "sentAt",
         (SELECT h."sentById" FROM "Handoff" h WHERE h."fromAssignmentId" = r."fromAssignmentId" AND h."toAssignmentId" = r."toAssignmentId" AND h."sentAt" IS NOT NULL ORDER BY h."sentAt" LIMIT 1) AS "sentById",
         (SELECT h."receivedAt" FROM "Handoff" h WHERE h."fromAssignmentId" = r."fromAssignmentId" AND h."toAssignmentId" = r."toAssignmentId" AND h."receivedAt" IS NOT NULL ORDER BY h."receivedAt" LIMIT 1) AS "receivedAt",
         (SELECT h."receivedById" FROM "Handoff" h WHERE h."fromAssignmentId" = r."fromAssignmentId" AND h."toAssignmentId" = r."toAssignmentId" AND h."receivedAt" IS NOT NULL ORDER BY h."receivedAt" LIMIT 1) AS "receivedById"
  FROM ranked r WHERE r.n = 1
)
UPDATE "Handoff" h SET "sentAt" = m."sentAt", "sentById" = m."sentById", "receivedAt" = m."receivedAt", "receivedById" = m."receivedById"
FROM merged m WHERE h."id" = m."id";

DELETE FROM "Handoff" h USING "Handoff" k
WHERE h."fromAssignmentId" = k."fromAssignmentId" AND h."toAssignmentId" = k."toAssignmentId"
  AND (h."createdAt", h."id") > (k."createdAt", k."id");

CREATE UNIQUE INDEX "Handoff_fromAssignmentId_toAssignmentId_key" ON "Handoff"("fromAssignmentId", "toAssignmentId");
