// The standard agreement's template, edited by federation staff. Every save is a new version (old
// agreements keep pointing at the version they were made from); a save based on an older version
// than the latest is refused, so two editors cannot overwrite each other unseen.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { authorize, DomainError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export async function templateVersions(db: Database, viewer: Viewer) {
  authorize(viewer, "agreement.template.manage");
  return db.prisma.agreementTemplate.findMany({
    orderBy: { version: "desc" },
    take: 20,
    select: { id: true, version: true, bodyJa: true, bodyEn: true, createdAt: true, _count: { select: { agreements: true } } },
  });
}

export async function saveTemplateVersion(db: Database, viewer: Viewer, input: { baseVersion: number; bodyJa: string; bodyEn: string }) {
  authorize(viewer, "agreement.template.manage");
  const latest = await db.prisma.agreementTemplate.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
  if ((latest?.version ?? 0) !== input.baseVersion) throw new DomainError("groups.template.stale", { version: latest?.version ?? 0 });
  try {
    const created = await db.prisma.agreementTemplate.create({
      data: { version: input.baseVersion + 1, bodyJa: input.bodyJa, bodyEn: input.bodyEn, createdById: viewer.userId },
      select: { id: true, version: true },
    });
    await audit({ action: "agreement.template.saved", actor: { userId: viewer.userId, role: viewer.role }, targetType: "agreementTemplate", targetId: created.id, details: { version: created.version } });
    return created;
  } catch (error) {
    // Another editor saved the same next version first (unique version).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DomainError("groups.template.stale", { version: input.baseVersion + 1 });
    throw error;
  }
}
