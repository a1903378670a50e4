// The standard confidentiality agreement's template, edited by federation staff like the
// joint-order agreement's: every save is a new version (jobs keep the version they pinned, and
// acceptances name it); a save based on an older version than the latest is refused.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { authorize, DomainError } from "@/lib/authz";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export async function ndaTemplateVersions(viewer: Viewer) {
  authorize(viewer, "agreement.template.manage");
  const prisma = await getPrisma();
  return prisma.ndaTemplate.findMany({
    orderBy: { version: "desc" },
    take: 20,
    select: { id: true, version: true, bodyJa: true, bodyEn: true, createdAt: true, _count: { select: { jobNdas: true } } },
  });
}

export async function saveNdaTemplateVersion(viewer: Viewer, input: { baseVersion: number; bodyJa: string; bodyEn: string }) {
  authorize(viewer, "agreement.template.manage");
  const prisma = await getPrisma();
  const latest = await prisma.ndaTemplate.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
  if ((latest?.version ?? 0) !== input.baseVersion) throw new DomainError("groups.template.stale", { version: latest?.version ?? 0 });
  try {
    const created = await prisma.ndaTemplate.create({
      data: { version: input.baseVersion + 1, bodyJa: input.bodyJa, bodyEn: input.bodyEn, createdById: viewer.userId },
      select: { id: true, version: true },
    });
    await audit({ action: "nda.template.saved", actor: { userId: viewer.userId, role: viewer.role }, targetType: "ndaTemplate", targetId: created.id, details: { version: created.version } });
    return created;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DomainError("groups.template.stale", { version: input.baseVersion + 1 });
    throw error;
  }
}
