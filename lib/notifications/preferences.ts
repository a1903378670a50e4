// Notification settings per user and kind: read with defaults filled in, written as one form.
// Always the viewer's own settings (the user id comes from the session, never from input).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { EmailFrequency } from "@/lib/generated/prisma/enums";
import type { NotificationDb } from "./db";
import { effectivePreference, kindsForRole, type EffectivePreference, type NotificationKind } from "./kinds";
import type { PreferencesInput } from "./preferences-schema";

/** Effective preferences of several users for one kind (missing rows → the kind's defaults). */
export async function preferencesFor(db: NotificationDb, userIds: readonly string[], kind: NotificationKind): Promise<Map<string, EffectivePreference>> {
  const rows = await db.notificationPreference.findMany({ where: { userId: { in: [...userIds] }, kind }, select: { userId: true, inApp: true, email: true } });
  const stored = new Map(rows.map((row) => [row.userId, row]));
  return new Map(userIds.map((id) => [id, effectivePreference(kind, stored.get(id))]));
}

export interface KindPreference extends EffectivePreference {
  kind: NotificationKind;
}

/** The viewer's settings for every kind its role can receive. */
export async function getPreferences(db: NotificationDb, viewer: Viewer): Promise<KindPreference[]> {
  const kinds = kindsForRole(viewer.role);
  const rows = await db.notificationPreference.findMany({ where: { userId: viewer.userId, kind: { in: kinds } }, select: { kind: true, inApp: true, email: true } });
  const stored = new Map(rows.map((row) => [row.kind, row]));
  return kinds.map((kind) => ({ kind, ...effectivePreference(kind, stored.get(kind)) }));
}

/** Saves the viewer's settings; kinds the role cannot receive are ignored. */
export async function setPreferences(db: NotificationDb, viewer: Viewer, input: PreferencesInput): Promise<{ saved: number }> {
  const allowed = new Set<string>(kindsForRole(viewer.role));
  const entries = input.preferences.filter((p) => allowed.has(p.kind));
  for (const p of entries) {
    const data: { inApp: boolean; email: EmailFrequency } = { inApp: p.inApp, email: p.email };
    await db.notificationPreference.upsert({
      where: { userId_kind: { userId: viewer.userId, kind: p.kind } },
      create: { userId: viewer.userId, kind: p.kind, ...data },
      update: data,
    });
  }
  return { saved: entries.length };
}
