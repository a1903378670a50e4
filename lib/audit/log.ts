// The audit log: who did what to which object, when (UTC, set by the database) and from where.
// Writing never breaks the request that is being audited: a failure is logged to the server log.
import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { currentClientIp } from "@/lib/security/client-ip";

/** Known audit actions; features may add their own "<object>.<verb>" strings. */
export type AuditAction =
  | "auth.signin.success"
  | "auth.signin.failure"
  | "auth.signin.throttled"
  | "auth.signout"
  | "auth.password.changed"
  | "auth.password.reset.requested"
  | "auth.password.reset"
  | "auth.2fa.enabled"
  | "auth.2fa.disabled"
  | "auth.2fa.recovery.used"
  | "access.denied"
  | "user.created"
  | "user.invited"
  | "user.invitation.accepted"
  | "user.role.changed"
  | "user.status.changed"
  | "user.removed"
  | "user.sessions.revoked"
  | "firm.registered"
  | "firm.verify"
  | "firm.reject"
  | "firm.suspend"
  | "buyer.registered"
  | "association.created"
  | "association.updated"
  | "settings.changed"
  | (string & {});

export interface AuditEntry {
  action: AuditAction;
  actor?: { userId: string; role: Role } | null;
  targetType?: string;
  targetId?: string;
  details?: Prisma.InputJsonObject;
  /** Defaults to the current request's IP. */
  ip?: string;
}

export async function audit(entry: AuditEntry): Promise<void> {
  try {
    const prisma = await getPrisma();
    await prisma.auditLog.create({
      data: {
        action: entry.action,
        actorId: entry.actor?.userId ?? null,
        actorRole: entry.actor?.role ?? null,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        ip: entry.ip ?? (await currentClientIp()),
        details: entry.details ?? {},
      },
    });
  } catch (error) {
    console.warn(`[audit] could not record ${entry.action}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
