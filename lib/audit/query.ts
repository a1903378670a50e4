// Reading the audit log (federation staff, system admin) with filters: action prefix, actor e-mail,
// target id, date range (UTC). Newest first, 100 per page.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz/policy";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditFilter {
  action?: string;
  actor?: string;
  target?: string;
  from?: string; // YYYY-MM-DD
  to?: string;
  page?: number;
}

const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined);

export async function queryAuditLog(viewer: Viewer, filter: AuditFilter) {
  authorize(viewer, "audit.view");
  const prisma = await getPrisma();
  const from = day(filter.from);
  const toDay = day(filter.to);
  const to = toDay ? new Date(toDay.getTime() + 86_400_000) : undefined;
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      filter.action ? { action: { startsWith: filter.action.slice(0, 60) } } : {},
      filter.actor ? { actor: { email: { contains: filter.actor.trim().toLowerCase().slice(0, 100) } } } : {},
      filter.target ? { OR: [{ targetId: filter.target.trim().slice(0, 100) }, { targetType: filter.target.trim().slice(0, 40) }] } : {},
      from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {},
    ],
  };
  const page = Math.min(1000, Math.max(1, filter.page ?? 1));
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      select: { id: true, action: true, actorRole: true, targetType: true, targetId: true, ip: true, details: true, createdAt: true, actor: { select: { email: true, name: true } } },
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * 100,
      take: 100,
    }),
  ]);
  return { total, page, rows };
}
