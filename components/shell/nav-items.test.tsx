import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isCurrent, navItemsFor, type Role } from "./nav-items";

const ROLES: Role[] = ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF", "SYSTEM_ADMIN"];
const hrefs = (role: Role | null) => navItemsFor(role ? { name: "テスト", role } : null).map((item) => item.href);

describe("navigation per role", () => {
  it("offers the public directory, sign-in and registration to anonymous visitors", () => {
    expect(hrefs(null)).toEqual(["/directory", "/login", "/register"]);
  });

  it("gives each role its own items, and notifications and the account page to everyone signed in", () => {
    expect(hrefs("FIRM_ADMIN")).toEqual(["/jobs", "/directory", "/groups", "/inquiries", "/firm/capacity", "/firm/members", "/firm/profile", "/notifications", "/profile"]);
    expect(hrefs("FIRM_MEMBER")).toEqual(["/jobs", "/directory", "/groups", "/inquiries", "/firm/capacity", "/notifications", "/profile"]);
    expect(hrefs("BUYER")).toEqual(["/buyer/jobs", "/buyer/jobs/new", "/directory", "/groups", "/inquiries", "/notifications", "/profile"]);
    expect(hrefs("ASSOCIATION_STAFF")).toEqual(["/staff/verifications", "/staff/approvals", "/staff/job-reviews", "/staff/cooperative", "/staff/certificates", "/staff/capacity", "/kpi", "/directory", "/inquiries", "/notifications", "/profile"]);
    expect(hrefs("FEDERATION_STAFF")).toEqual(["/staff/verifications", "/staff/approvals", "/staff/job-reviews", "/staff/certificates", "/staff/capacity", "/kpi", "/directory", "/inquiries", "/admin/associations", "/admin/staff", "/admin/agreement-template", "/admin/nda-template", "/admin/audit", "/notifications", "/profile"]);
    expect(hrefs("SYSTEM_ADMIN")).toEqual(["/admin/users", "/admin/settings", "/notifications", "/profile"]);
  });

  it("links only to pages that exist", () => {
    const all = new Set([...ROLES.flatMap(hrefs), ...hrefs(null)]);
    const missing = [...all].filter((href) => !existsSync(`app${href.split("?")[0]}/page.tsx`));
    expect(missing).toEqual([]);
  });

  it("marks the current page, preferring the most specific item", () => {
    const items = [
      { key: "members" as const, href: "/jobs" },
      { key: "staff" as const, href: "/jobs/new" },
    ];
    expect(isCurrent("/jobs", "/jobs", items)).toBe(true);
    expect(isCurrent("/jobs", "/jobs/abc", items)).toBe(true);
    expect(isCurrent("/jobs", "/jobs/new", items)).toBe(false);
    expect(isCurrent("/jobs/new", "/jobs/new", items)).toBe(true);
    expect(isCurrent("/jobs", "/jobsx", items)).toBe(false);
  });
});
