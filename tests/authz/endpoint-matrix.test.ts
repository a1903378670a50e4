// Role × endpoint matrix, generated from lib/authz/endpoints.ts: every server action is called as
// every role (and anonymously) with empty input. Roles not in the table must be stopped by the
// permission check before the input is even parsed; listed roles must get past it.
import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ALL_ROLES, ENDPOINTS } from "@/lib/authz/endpoints";
import { viewerFor } from "./fixtures";

const state = vi.hoisted(() => ({ viewer: null as Viewer | null, audits: [] as unknown[] }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => state.viewer }));
vi.mock("@/lib/audit/log", () => ({ audit: async (entry: unknown) => void state.audits.push(entry) }));
// Reaching the database means the caller got past the permission check: report it as a known
// domain error so this test needs no database (tests/auth/* cover the handlers on a real one).
vi.mock("@/lib/db/client", async () => {
  const { DomainError } = await import("@/lib/authz/errors");
  const reached = async () => {
    throw new DomainError("matrix.reachedDatabase");
  };
  return { getPrisma: reached, getDatabase: reached };
});
const PASSED_GATE = ["invalid", "domain"];

type ActionFn = (previous: null, formData: FormData) => Promise<{ ok: boolean; code?: string }>;

async function load(file: string, name: string): Promise<ActionFn> {
  const mod = (await import(/* @vite-ignore */ `@/${file.replace(/\.tsx?$/, "")}`)) as Record<string, ActionFn>;
  const fn = mod[name];
  if (typeof fn !== "function") throw new Error(`${file} does not export ${name}`);
  return fn;
}

const actions = ENDPOINTS.filter((e) => e.kind === "action");

describe.each(actions)("$file → $name", (endpoint) => {
  it.each(ALL_ROLES.map((role) => [role]))("as %s", async (role) => {
    state.viewer = viewerFor(role);
    state.audits = [];
    const result = await (await load(endpoint.file, endpoint.name))(null, new FormData());
    const allowed = endpoint.access === "public" || endpoint.access.includes(role);
    expect(result.ok).toBe(false);
    if (allowed) expect(PASSED_GATE).toContain(result.code);
    else {
      expect(result.code).toBe("forbidden");
      expect(state.audits).toHaveLength(1); // the denial is audited
    }
  });

  it("anonymously", async () => {
    state.viewer = null;
    const result = await (await load(endpoint.file, endpoint.name))(null, new FormData());
    if (endpoint.access === "public") expect(PASSED_GATE).toContain(result.code);
    else expect(result.code).toBe("unauthenticated");
  });

  if (endpoint.access !== "public" && endpoint.access.some((r) => r === "FIRM_ADMIN" || r === "FIRM_MEMBER")) {
    it("refuses a firm that is not verified yet (except the own profile)", async () => {
      state.viewer = viewerFor("FIRM_ADMIN", "A", { firmStatus: "PENDING" });
      const result = await (await load(endpoint.file, endpoint.name))(null, new FormData());
      if (endpoint.file.startsWith("app/profile/")) expect(PASSED_GATE).toContain(result.code);
      else expect(result.code).toBe("forbidden");
    });
  }

  if (endpoint.access !== "public" && endpoint.access.some((r) => r === "ASSOCIATION_STAFF" || r === "FEDERATION_STAFF" || r === "SYSTEM_ADMIN")) {
    it("refuses staff who have not set up two-factor sign-in (except the own profile)", async () => {
      const role = endpoint.access === "public" ? "FEDERATION_STAFF" : endpoint.access.find((r) => r !== "FIRM_ADMIN" && r !== "FIRM_MEMBER" && r !== "BUYER")!;
      state.viewer = viewerFor(role, "A", { twoFactorPending: true });
      const result = await (await load(endpoint.file, endpoint.name))(null, new FormData());
      if (endpoint.file.startsWith("app/profile/")) expect(PASSED_GATE).toContain(result.code);
      else expect(result.code).toBe("forbidden");
    });
  }
});
