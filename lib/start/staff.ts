// Association and federation staff: firms to verify, groups to approve, contracting requests to
// answer (the association's own staff only), first jobs to review, steps running late in groups
// they look after, and the KPI headline. Everything is limited to the staff member's scope.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import { staffFirmWhere } from "@/lib/authz/scope";
import { isStaffViewer } from "@/lib/authz/viewer-kinds";
import type { Database } from "@/lib/db/client";
import { listPendingApprovals } from "@/lib/groups/approvals";
import { tokyoDate } from "@/lib/queue/tasks/dates";
import type { StartItem } from "./items";
import { asDate, bilingual, endOfTokyoDay } from "./sql-parts";

const LIMIT = 20;

async function firmsToVerify(db: Database, viewer: Viewer): Promise<StartItem[]> {
  const count = await db.prisma.firm.count({ where: { AND: [staffFirmWhere(viewer), { status: "PENDING" }] } });
  return count > 0 ? [{ kind: "verifyFirms", href: "/staff/verifications", subject: null, due: null, count }] : [];
}

/** lib/groups/approvals.ts's queue, one item per group (federation staff see each association's part). */
async function groupsToApprove(db: Database, viewer: Viewer): Promise<StartItem[]> {
  const approvals = await listPendingApprovals(db, viewer);
  const seen = new Set<string>();
  const items: StartItem[] = [];
  for (const a of approvals) {
    if (seen.has(a.group.id)) continue;
    seen.add(a.group.id);
    const standing = a.group.kind === "STANDING";
    items.push({
      kind: "approveGroup",
      href: standing ? `/groups/standing/${a.group.id}` : `/groups/${a.group.id}`,
      subject: standing ? bilingual(a.group.name, a.group.name) : bilingual(a.group.job?.titleJa ?? "", a.group.job?.titleEn ?? ""),
      due: null,
    });
  }
  return items.slice(0, LIMIT);
}

/** Groups that asked the staff member's association to contract for them (lib/orders/contractor.ts). */
async function contractorRequests(db: Database, viewer: Viewer): Promise<StartItem[]> {
  if (viewer.role !== "ASSOCIATION_STAFF" || !viewer.associationId) return [];
  const rows = await db.prisma.contractorNomination.findMany({
    where: { associationId: viewer.associationId, status: "REQUESTED" },
    orderBy: { requestedAt: "asc" },
    take: LIMIT,
    select: { group: { select: { name: true, job: { select: { titleJa: true, titleEn: true } } } } },
  });
  return rows.map((r) => ({ kind: "contractorRequest", href: "/staff/cooperative", subject: bilingual(r.group.job?.titleJa ?? r.group.name, r.group.job?.titleEn ?? null), due: null }));
}

async function jobsToReview(db: Database): Promise<StartItem[]> {
  const count = await db.prisma.job.count({ where: { status: "UNDER_REVIEW" } });
  return count > 0 ? [{ kind: "reviewJobs", href: "/staff/job-reviews", subject: null, due: null, count }] : [];
}

/** Ordered groups with a member in scope whose steps are past their planned end and not done. */
async function lateSteps(db: Database, viewer: Viewer, today: string): Promise<StartItem[]> {
  const scope = viewer.role === "ASSOCIATION_STAFF" ? `AND EXISTS (SELECT 1 FROM "GroupMember" sm JOIN "Firm" sf ON sf.id = sm."firmId" WHERE sm."groupId" = g.id AND sf."associationId" = $2)` : "";
  const rows = await db.sql.query<{ id: string; title_ja: string; title_en: string; due: unknown; n: number }>(
    `SELECT g.id, j."titleJa" AS title_ja, j."titleEn" AS title_en, ${endOfTokyoDay(`min(a."plannedEnd")`)} AS due, count(*)::int AS n
     FROM "JointOrderGroup" g JOIN "Job" j ON j.id = g."jobId" JOIN "GroupStepAssignment" a ON a."groupId" = g.id
     WHERE g.status IN ('AWARDED', 'IN_PRODUCTION') AND a.status <> 'DONE' AND a."plannedEnd" < $1::date ${scope}
     GROUP BY g.id, j.id ORDER BY min(a."plannedEnd"), g.id LIMIT ${LIMIT}`,
    viewer.role === "ASSOCIATION_STAFF" ? [today, viewer.associationId] : [today],
  );
  return rows.map((r) => ({ kind: "lateStep", href: `/groups/${r.id}`, subject: bilingual(r.title_ja, r.title_en), due: asDate(r.due), count: r.n }));
}

export async function staffStartItems(db: Database, viewer: Viewer, now: Date): Promise<StartItem[]> {
  if (!isStaffViewer(viewer)) return [];
  const none = Promise.resolve([] as StartItem[]);
  const [late, verify, approve, contract, review] = await Promise.all([
    can(viewer, "progress.view") ? lateSteps(db, viewer, tokyoDate(now)) : none,
    can(viewer, "firm.verify") ? firmsToVerify(db, viewer) : none,
    can(viewer, "group.approve") ? groupsToApprove(db, viewer) : none,
    can(viewer, "contractor.decide") ? contractorRequests(db, viewer) : none,
    can(viewer, "job.review") ? jobsToReview(db) : none,
  ]);
  return [...late, ...approve, ...contract, ...verify, ...review];
}
