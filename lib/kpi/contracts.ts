// Orders by who contracted them, and how they are paid: each order counts once, at contract, for
// the real contractor's association (under 共同受注 the cooperative whose staff accepted; under 受注斡旋
// — or a joint order from before contractors were recorded — the lead firm's association). Per
// association: orders and value contracted in the period, invoices overdue today (unpaid after
// their due day), and the median days from an invoice to its payment for invoices paid in the period.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { tokyoDay } from "@/lib/quotes/working-days";
import type { PeriodRange } from "./period";
import type { KpiScope } from "./scope";

export interface ContractorRow {
  associationId: string;
  orders: number;
  valueYen: bigint;
  overdueInvoices: number;
  overdueYen: bigint;
  medianDaysToPayment: number | null;
}

const CONTRACTOR_OF_ORDER = `
  SELECT o.id AS order_id, o."contractedValueYen" AS value_yen, o."contractedOn" AS contracted_on, o.status,
         COALESCE(n."associationId", f."associationId") AS association_id
  FROM "Order" o
  JOIN "JointOrderGroup" g ON g.id = o."groupId"
  JOIN "Firm" f ON f.id = g."leadFirmId"
  LEFT JOIN "ContractorNomination" n ON n."groupId" = g.id AND n.status = 'ACCEPTED' AND g."contractModel" = 'JOINT_ORDER'`;

export async function contractorInsights(sql: SqlConnection, scope: KpiScope, range: PeriodRange, now: Date): Promise<ContractorRow[]> {
  const rows = await sql.query<{ association_id: string; orders: number; value_yen: string; overdue: number; overdue_yen: string; median: number | null }>(
    `WITH contractor AS (${CONTRACTOR_OF_ORDER}),
     contracted AS (
       SELECT association_id, count(*)::int AS orders, sum(value_yen)::text AS value_yen
       FROM contractor WHERE contracted_on >= $2::date AND contracted_on < $3::date AND status <> 'CANCELLED' AND association_id = ANY($1::uuid[])
       GROUP BY 1
     ),
     overdue AS (
       SELECT c.association_id, count(*)::int AS overdue, sum(p."amountYen")::text AS overdue_yen
       FROM "InvoicePayment" p JOIN contractor c ON c.order_id = p."orderId"
       WHERE p.status = 'UNPAID' AND p."dueOn" < $4::date AND c.association_id = ANY($1::uuid[])
       GROUP BY 1
     ),
     paid AS (
       SELECT c.association_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY p."paidOn" - d."issuedOn")::float8 AS median
       FROM "InvoicePayment" p JOIN "OrderDocument" d ON d.id = p."invoiceId" JOIN contractor c ON c.order_id = p."orderId"
       WHERE p."paidOn" IS NOT NULL AND p."paidOn" >= $2::date AND p."paidOn" < $3::date AND c.association_id = ANY($1::uuid[])
       GROUP BY 1
     )
     SELECT a.id AS association_id, COALESCE(k.orders, 0) AS orders, COALESCE(k.value_yen, '0') AS value_yen,
            COALESCE(o.overdue, 0) AS overdue, COALESCE(o.overdue_yen, '0') AS overdue_yen, p.median
     FROM unnest($1::uuid[]) AS a(id)
     LEFT JOIN contracted k ON k.association_id = a.id
     LEFT JOIN overdue o ON o.association_id = a.id
     LEFT JOIN paid p ON p.association_id = a.id
     WHERE k.orders IS NOT NULL OR o.overdue IS NOT NULL OR p.median IS NOT NULL
     ORDER BY COALESCE(k.value_yen::numeric, 0) DESC`,
    [scope.associationIds, range.start, range.end, tokyoDay(now)],
  );
  return rows.map((r) => ({ associationId: r.association_id, orders: r.orders, valueYen: BigInt(r.value_yen), overdueInvoices: r.overdue, overdueYen: BigInt(r.overdue_yen), medianDaysToPayment: r.median === null ? null : Math.round(r.median * 10) / 10 }));
}
