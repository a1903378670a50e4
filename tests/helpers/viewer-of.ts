// A real Viewer for a user in a test database, loaded the way a request loads it.
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { loadViewer } from "@/lib/auth/load-viewer";
import { clock } from "@/lib/clock";

export async function viewerOf(db: Database, email: string, overrides: Partial<Viewer> = {}): Promise<Viewer> {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const now = Math.floor(clock.now().getTime() / 1000); // signed now by the one clock, which loadViewer checks against
  const lookup = await loadViewer(db.prisma, { userId: user.id, sessionVersion: user.sessionVersion, authAt: now, seenAt: now }, { idleSeconds: 3600, maxSeconds: 86_400 });
  if (!lookup.viewer) throw new Error(`no viewer for ${email}: ${lookup.end}`);
  return { ...lookup.viewer, ...overrides };
}

/** The first active admin of a firm, as a signed-in viewer. */
export async function firmAdminOf(db: Database, firmId: string): Promise<Viewer> {
  const user = await db.prisma.user.findFirstOrThrow({ where: { firmId, role: "FIRM_ADMIN", status: "ACTIVE" }, orderBy: { email: "asc" } });
  return viewerOf(db, user.email);
}
