// Page and route-handler helpers on top of the policy. Pages call these first:
//   const viewer = await requirePermission("firm.members.manage");            // role level
//   const viewer = await requirePermission("firm.verify", { type: "firm", … }); // + ownership
// No session → /login; staff without 2FA → /start, which tells them to enrol (with the button to
// /profile/security) instead of bouncing them there silently; a pending firm trying to act →
// /pending; anything else denied → notFound() (404, existence is not leaked). Denials are audited.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { audit } from "@/lib/audit/log";
import { getViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Action } from "./actions";
import { allowedBeforeTwoFactor, can } from "./policy";
import type { Resource } from "./resources";
import { isPendingFirmViewer } from "./viewer-kinds";

export async function requireViewer(options: { allowTwoFactorPending?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (viewer.twoFactorPending && !options.allowTwoFactorPending) redirect("/start");
  return viewer;
}

export async function requirePermission(action: Action, resource?: Resource): Promise<Viewer> {
  const viewer = await requireViewer({ allowTwoFactorPending: allowedBeforeTwoFactor(action) });
  if (can(viewer, action, resource)) return viewer;
  await audit({
    action: "access.denied",
    actor: { userId: viewer.userId, role: viewer.role },
    targetType: resource?.type,
    targetId: resource?.id,
    details: { permission: action },
  });
  if (isPendingFirmViewer(viewer) && resource === undefined) redirect("/pending");
  notFound();
}

/** For route handlers: the viewer when allowed, else a Response to return (401 or 404). */
export async function permissionForRoute(action: Action, resource?: Resource): Promise<{ viewer: Viewer } | { response: Response }> {
  const viewer = await getViewer();
  if (!viewer) return { response: Response.json({ error: "unauthenticated" }, { status: 401 }) };
  if (can(viewer, action, resource)) return { viewer };
  await audit({ action: "access.denied", actor: { userId: viewer.userId, role: viewer.role }, targetType: resource?.type, targetId: resource?.id, details: { permission: action } });
  return { response: Response.json({ error: "not_found" }, { status: 404 }) };
}
