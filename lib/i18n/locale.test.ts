import { describe, expect, it } from "vitest";
import { otherLocale, resolveLocale } from "./config";
import { safeReturnPath } from "./return-path";

describe("resolveLocale", () => {
  it("prefers the cookie, then the saved preference, then Japanese", () => {
    expect(resolveLocale({ cookie: "en", saved: "ja" })).toBe("en");
    expect(resolveLocale({ cookie: null, saved: "en" })).toBe("en");
    expect(resolveLocale({})).toBe("ja");
  });

  it("ignores values that are not a supported language", () => {
    expect(resolveLocale({ cookie: "fr", saved: "de" })).toBe("ja");
    expect(resolveLocale({ cookie: "EN" })).toBe("ja");
  });

  it("toggles between the two languages", () => {
    expect(otherLocale("ja")).toBe("en");
    expect(otherLocale("en")).toBe("ja");
  });
});

describe("safeReturnPath", () => {
  it("returns to the page the switch was on", () => {
    expect(safeReturnPath("/jobs", null)).toBe("/jobs");
    expect(safeReturnPath("/jobs?page=2", null)).toBe("/jobs?page=2");
  });

  it("keeps the query string from the Referer of the same page", () => {
    expect(safeReturnPath("/jobs", "http://localhost:3000/jobs?process=turning")).toBe("/jobs?process=turning");
    expect(safeReturnPath("/jobs", "http://localhost:3000/groups?x=1")).toBe("/jobs");
  });

  it("never leaves the site", () => {
    for (const target of ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "", undefined]) {
      expect(safeReturnPath(target, null)).toBe("/");
    }
    expect(safeReturnPath("/%2F%2Fevil.example", null)).toBe("/%2F%2Fevil.example");
    expect(safeReturnPath("/jobs", "https://evil.example/jobs?next=//x")).toBe("/jobs?next=//x");
  });
});
