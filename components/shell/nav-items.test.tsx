import { describe, expect, it } from "vitest";
import { isCurrent, navItemsFor, type Role } from "./nav-items";

const hrefs = (role: Role | null) => navItemsFor(role ? { name: "テスト", role } : null).map((item) => item.href);

describe("navigation per role", () => {
  it("offers sign-in and registration to anonymous visitors", () => {
    expect(hrefs(null)).toEqual(["/login", "/register"]);
  });

  it("gives each role its own items, and the directory to everyone signed in", () => {
    expect(hrefs("FIRM_ADMIN")).toEqual(["/dashboard", "/jobs", "/firm/profile", "/groups", "/directory"]);
    expect(hrefs("FIRM_MEMBER")).toEqual(hrefs("FIRM_ADMIN"));
    expect(hrefs("BUYER")).toEqual(["/buyer/jobs", "/buyer/jobs/new", "/groups", "/directory"]);
    expect(hrefs("ASSOCIATION_STAFF")).toEqual(["/staff/verifications", "/staff/approvals", "/kpi", "/directory"]);
    expect(hrefs("FEDERATION_STAFF")).toEqual([
      "/staff/verifications",
      "/staff/approvals",
      "/kpi",
      "/admin/associations",
      "/admin/audit",
      "/directory",
    ]);
    expect(hrefs("SYSTEM_ADMIN")).toEqual(["/admin/users", "/directory"]);
  });

  it("marks the current page, preferring the most specific item", () => {
    const items = navItemsFor({ name: "x", role: "BUYER" });
    expect(isCurrent("/buyer/jobs", "/buyer/jobs", items)).toBe(true);
    expect(isCurrent("/buyer/jobs", "/buyer/jobs/abc", items)).toBe(true);
    expect(isCurrent("/buyer/jobs", "/buyer/jobs/new", items)).toBe(false);
    expect(isCurrent("/buyer/jobs/new", "/buyer/jobs/new", items)).toBe(true);
    expect(isCurrent("/groups", "/groupsx", items)).toBe(false);
  });
});
