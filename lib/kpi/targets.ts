// Targets per fiscal year. Federation staff set them; until they do, the policy paper's apply.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import { NotFoundError } from "@/lib/authz/errors";
import type { Database } from "@/lib/db/client";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { KpiIndicator } from "@/lib/generated/prisma/enums";
import { INDICATORS } from "./indicators";
import type { TargetsInput } from "./schemas";

export type Targets = Record<KpiIndicator, number>;

export async function targetsFor(sql: SqlConnection, federationId: string, fiscalYear: number): Promise<{ targets: Targets; setByStaff: KpiIndicator[] }> {
  const rows = await sql.query<{ indicator: KpiIndicator; target: string }>(
    `SELECT indicator::text AS indicator, target::text AS target FROM "KpiTarget" WHERE "federationId" = $1 AND "fiscalYear" = $2`,
    [federationId, fiscalYear],
  );
  const set = new Map(rows.map((r) => [r.indicator, Number(r.target)]));
  const targets = Object.fromEntries(INDICATORS.map((i) => [i.code, set.get(i.code) ?? i.defaultTarget])) as Targets;
  return { targets, setByStaff: [...set.keys()] };
}

/** Federation staff save the targets of one fiscal year (all indicators at once). */
export async function saveTargets(db: Database, viewer: Viewer, input: TargetsInput): Promise<void> {
  authorize(viewer, "kpi.targets.manage");
  const federationId = viewer.federationId;
  if (!federationId) throw new NotFoundError("federation");
  await db.prisma.$transaction(
    INDICATORS.map((info) =>
      db.prisma.kpiTarget.upsert({
        where: { federationId_fiscalYear_indicator: { federationId, fiscalYear: input.fiscalYear, indicator: info.code } },
        create: { federationId, fiscalYear: input.fiscalYear, indicator: info.code, target: BigInt(input[info.code]), updatedById: viewer.userId },
        update: { target: BigInt(input[info.code]), updatedById: viewer.userId },
        select: { id: true },
      }),
    ),
  );
}
