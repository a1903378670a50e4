// The system admin's start page: the installation's users and settings. Invited accounts not yet
// active, staff and admins who have not enrolled two-factor sign-in (they can do nothing until
// they do), disabled accounts, and the settings page.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import { userManageWhere } from "@/lib/authz/scope";
import type { Database } from "@/lib/db/client";
import type { StartItem } from "./items";

export async function adminStartItems(db: Database, viewer: Viewer): Promise<StartItem[]> {
  const items: StartItem[] = [];
  if (can(viewer, "user.manage")) {
    const scope = userManageWhere(viewer);
    const [invited, withoutTwoFactor, disabled] = await Promise.all([
      db.prisma.user.count({ where: { AND: [scope, { status: "INVITED" }] } }),
      db.prisma.user.count({ where: { AND: [scope, { status: "ACTIVE", totpEnabledAt: null, role: { in: ["ASSOCIATION_STAFF", "FEDERATION_STAFF", "SYSTEM_ADMIN"] } }] } }),
      db.prisma.user.count({ where: { AND: [scope, { status: "DISABLED" }] } }),
    ]);
    if (invited > 0) items.push({ kind: "invitedUsers", href: "/admin/users", subject: null, due: null, count: invited });
    if (withoutTwoFactor > 0) items.push({ kind: "staffWithoutTwoFactor", href: "/admin/users", subject: null, due: null, count: withoutTwoFactor });
    if (disabled > 0) items.push({ kind: "disabledUsers", href: "/admin/users", subject: null, due: null, count: disabled });
  }
  if (can(viewer, "settings.manage")) items.push({ kind: "settings", href: "/admin/settings", subject: null, due: null });
  return items;
}
