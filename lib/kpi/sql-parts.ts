// SQL fragments shared by the KPI queries. Parameters follow one convention so fragments compose:
// $1 = the scope's association ids (uuid[]), $2 = first day (date), $3 = day after the last (date).
// Timestamps are bucketed by the calendar day in Japan, where the fiscal year is kept.

/** A timestamptz column at or after the first day ($2) and before the end day ($3), in Japan time. */
export const inJapanRange = (column: string) =>
  `${column} >= ($2::date)::timestamp AT TIME ZONE 'Asia/Tokyo' AND ${column} < ($3::date)::timestamp AT TIME ZONE 'Asia/Tokyo'`;

/** "YYYY-MM" of a timestamptz column in Japan time. */
export const japanMonth = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM')`;

/**
 * Each order contracted in [$2, $3) split over the member firms that accepted the group, by their
 * agreed share (shareBasisPoints); equally when no shares were agreed. Only firms of the scope's
 * associations ($1) are kept, so an association's order value is its members' part of each order
 * and the associations' parts add up to the federation's total. Cancelled orders do not count.
 * Read from raw_kpi_order_share, which triggers keep in step with orders and group members
 * (prisma/migrations/20261123180000_kpi_summaries).
 */
export const ORDER_SHARES = `
  SELECT "orderId" AS order_id, "jobId" AS job_id, "buyerOrgId" AS buyer_org_id, "buyerIndustry" AS buyer_industry,
         "contractedOn" AS contracted_on, "deliveredOn" AS delivered_on, "firmId" AS firm_id,
         "associationId" AS association_id, "municipalityCode" AS municipality_code, "valueYen" AS value_yen
  FROM raw_kpi_order_share
  WHERE "contractedOn" >= $2::date AND "contractedOn" < $3::date AND "associationId" = ANY($1::uuid[])`;

/** Business-facing events count towards the KPI; internal seminars do not. */
export const COUNTED_EVENT_KINDS = ["TRADE_FAIR", "BUSINESS_MEETING", "FACTORY_TOUR"] as const;
