// The one table of what each role sees in the navigation. Labels live in messages/*.json under
// `nav.items.<key>`; hrefs are the routes the features own. Showing a link is not permission:
// every page and action checks access itself.
import type { Role } from "@/lib/auth/viewer-types";

export type { Role };

/** What the shell needs to know about who is signed in (nothing more is sent to the browser). */
export interface ShellViewer {
  name: string;
  role: Role;
}

export type NavKey =
  | "findJobs"
  | "buyerJobs"
  | "newJob"
  | "jobReviews"
  | "cooperative"
  | "certificates"
  | "kpi"
  | "directory"
  | "firmProfile"
  | "capacity"
  | "capacityMap"
  | "groups"
  | "inquiries"
  | "approvals"
  | "agreementTemplate"
  | "ndaTemplate"
  | "members"
  | "verifications"
  | "associations"
  | "staff"
  | "audit"
  | "users"
  | "settings"
  | "notifications"
  | "profile"
  | "login"
  | "register"
  | "adminMenu";

export interface NavItem {
  key: NavKey;
  href: string;
  /** Shown folded under 管理 in the desktop row (which must fit one line at 1280 px); flat in the phone menu. */
  admin?: true;
  /** The header has its own control for it (the notification bell with the unread count; the
   *  viewer's name for the account page): left out of the desktop row, which must fit one line at
   *  1280 px; listed in the phone menu. */
  inHeader?: true;
}

const item = (key: NavKey, href: string): NavItem => ({ key, href });
const adminItem = (key: NavKey, href: string): NavItem => ({ key, href, admin: true });

/** Public entry points also used by the home page's calls to action. */
export const routes = {
  home: "/",
  login: "/login",
  register: "/register",
  registerBuyer: "/register?as=buyer",
  profile: "/profile",
} as const;

// Only routes that exist are listed (a test checks each href has a page); features add theirs.
const byRole: Record<Role, readonly NavItem[]> = {
  FIRM_ADMIN: [item("findJobs", "/jobs"), item("directory", "/directory"), item("groups", "/groups"), item("inquiries", "/inquiries"), item("capacity", "/firm/capacity"), item("members", "/firm/members"), item("firmProfile", "/firm/profile")],
  FIRM_MEMBER: [item("findJobs", "/jobs"), item("directory", "/directory"), item("groups", "/groups"), item("inquiries", "/inquiries"), item("capacity", "/firm/capacity")],
  BUYER: [item("buyerJobs", "/buyer/jobs"), item("newJob", "/buyer/jobs/new"), item("directory", "/directory"), item("groups", "/groups"), item("inquiries", "/inquiries")],
  ASSOCIATION_STAFF: [item("verifications", "/staff/verifications"), item("approvals", "/staff/approvals"), item("jobReviews", "/staff/job-reviews"), item("cooperative", "/staff/cooperative"), item("certificates", "/staff/certificates"), item("capacityMap", "/staff/capacity"), item("kpi", "/kpi"), item("directory", "/directory"), item("inquiries", "/inquiries")],
  FEDERATION_STAFF: [
    item("verifications", "/staff/verifications"),
    item("approvals", "/staff/approvals"),
    item("jobReviews", "/staff/job-reviews"),
    item("certificates", "/staff/certificates"),
    item("capacityMap", "/staff/capacity"),
    item("kpi", "/kpi"),
    item("directory", "/directory"),
    item("inquiries", "/inquiries"),
    adminItem("associations", "/admin/associations"),
    adminItem("staff", "/admin/staff"),
    adminItem("agreementTemplate", "/admin/agreement-template"),
    adminItem("ndaTemplate", "/admin/nda-template"),
    adminItem("audit", "/admin/audit"),
  ],
  SYSTEM_ADMIN: [item("users", "/admin/users"), item("settings", "/admin/settings")],
};

/** Everyone signed in, after their role's items. */
const signedIn: readonly NavItem[] = [
  { key: "notifications", href: "/notifications", inHeader: true },
  { key: "profile", href: "/profile", inHeader: true },
];

const anonymous = [item("directory", "/directory"), item("login", routes.login), item("register", routes.register)];

export function navItemsFor(viewer: ShellViewer | null): readonly NavItem[] {
  if (!viewer) return anonymous;
  return [...byRole[viewer.role], ...signedIn];
}

/** Whether a nav item is the current page or a page under it (`/buyer/jobs` is not current on `/buyer/jobs/new`). */
export function isCurrent(href: string, pathname: string, items: readonly NavItem[]): boolean {
  const path = href.split("?")[0] ?? href;
  if (pathname === path) return true;
  if (path === "/" || !pathname.startsWith(`${path}/`)) return false;
  // A longer item that matches better wins (e.g. "new job" over "jobs").
  return !items.some((other) => other.href !== href && other.href.length > href.length && (pathname === other.href || pathname.startsWith(`${other.href}/`)));
}
