// The group and order lifecycle tables: what each status may become and who may move it, checked as a whole.
import { describe, expect, it } from "vitest";
import { canMoveOrder, ORDER_STATUSES } from "@/lib/groups/order-lifecycle";
import { canMove, GROUP_STATUSES, GROUP_TRANSITIONS, groupActorFor, OPEN_GROUP_STATUSES, type GroupActor } from "@/lib/groups/state-machine";

const ACTORS: GroupActor[] = ["buyer", "staff", "member", "system"];
const TERMINAL = ["CANCELLED", "DISSOLVED"] as const;

describe("group lifecycle", () => {
  it("lets every status but the terminal ones be left, and nothing leave a terminal one", () => {
    for (const from of GROUP_STATUSES) {
      const exits = GROUP_STATUSES.filter((to) => ACTORS.some((actor) => canMove(from, to, actor)));
      if ((TERMINAL as readonly string[]).includes(from)) expect(exits, from).toEqual([]);
      else expect(exits.length, from).toBeGreaterThan(0);
    }
  });

  it("reaches every status from a new proposal", () => {
    const seen = new Set<string>(["INVITING"]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const from of [...seen]) for (const to of Object.keys(GROUP_TRANSITIONS[from as keyof typeof GROUP_TRANSITIONS] ?? {})) if (!seen.has(to)) grew = seen.add(to).size > 0;
    }
    expect([...seen].sort()).toEqual(GROUP_STATUSES.filter((s) => s !== "DRAFT").sort());
  });

  it("leaves approval and sending back to staff alone", () => {
    for (const to of ["APPROVED", "SENT_BACK"] as const) expect(ACTORS.filter((a) => canMove("PENDING_APPROVAL", to, a))).toEqual(["staff"]);
  });

  it("lets the buyer or staff cancel before the order and nobody after it", () => {
    for (const from of GROUP_STATUSES) {
      const cancellable = OPEN_GROUP_STATUSES.includes(from);
      expect(canMove(from, "CANCELLED", "buyer"), from).toBe(cancellable);
      expect(canMove(from, "CANCELLED", "staff"), from).toBe(cancellable);
      expect(canMove(from, "CANCELLED", "member"), from).toBe(false);
    }
  });

  it("moves to approval only by the platform, when the last member accepts", () => {
    expect(ACTORS.filter((a) => canMove("INVITING", "PENDING_APPROVAL", a))).toEqual(["system"]);
    expect(canMove("SENT_BACK", "PENDING_APPROVAL", "buyer")).toBe(false);
    expect(canMove("SENT_BACK", "INVITING", "buyer")).toBe(true);
    expect(canMove("SENT_BACK", "INVITING", "member")).toBe(false);
  });

  it("gives production and delivery to the members and acceptance to the buyer", () => {
    expect(ACTORS.filter((a) => canMove("AWARDED", "IN_PRODUCTION", a))).toEqual(["member"]);
    expect(ACTORS.filter((a) => canMove("IN_PRODUCTION", "DELIVERED", a))).toEqual(["member"]);
    expect(ACTORS.filter((a) => canMove("DELIVERED", "CLOSED", a))).toEqual(["buyer"]);
    expect(canMove("APPROVED", "AWARDED", "staff")).toBe(false);
  });

  it("starts a group only as a proposal by a person", () => {
    expect(canMove(null, "INVITING", "buyer")).toBe(true);
    expect(canMove(null, "INVITING", "system")).toBe(false);
    expect(canMove(null, "APPROVED", "staff")).toBe(false);
  });

  it("maps roles to their part in the lifecycle", () => {
    expect(groupActorFor("BUYER")).toBe("buyer");
    expect(groupActorFor("ASSOCIATION_STAFF")).toBe("staff");
    expect(groupActorFor("FEDERATION_STAFF")).toBe("staff");
    expect(groupActorFor("FIRM_MEMBER")).toBe("member");
    expect(groupActorFor("SYSTEM_ADMIN")).toBe("system");
  });
});

describe("standing group lifecycle", () => {
  const standing = (from: Parameters<typeof canMove>[0], to: Parameters<typeof canMove>[1], actor: GroupActor) => canMove(from, to, actor, "STANDING");

  it("never reaches an order: no award, production or delivery, and no buyer acts on it", () => {
    for (const from of GROUP_STATUSES) {
      for (const to of ["AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED"] as const) for (const actor of ACTORS) expect(standing(from, to, actor), `${from}→${to} by ${actor}`).toBe(false);
      for (const to of GROUP_STATUSES) expect(standing(from, to, "buyer"), `${from}→${to} by buyer`).toBe(false);
    }
  });

  it("is formed by staff approval and ended by its lead firm, staff or the platform, never reopened", () => {
    expect(ACTORS.filter((a) => standing("PENDING_APPROVAL", "APPROVED", a))).toEqual(["staff"]);
    expect(ACTORS.filter((a) => standing("APPROVED", "DISSOLVED", a))).toEqual(["staff", "member", "system"]);
    expect(standing("SENT_BACK", "PENDING_APPROVAL", "member")).toBe(true); // the lead asks again; members agreed already
    expect(standing("SENT_BACK", "INVITING", "member")).toBe(false);
    for (const to of GROUP_STATUSES) for (const actor of ACTORS) for (const from of TERMINAL) expect(standing(from, to, actor)).toBe(false);
    // The job table is not the standing one: a formed job group is never "dissolved".
    expect(canMove("APPROVED", "DISSOLVED", "staff")).toBe(false);
  });
});

describe("order lifecycle", () => {
  it("goes contracted → in production → delivered → accepted, and nowhere back", () => {
    const path = ["CONTRACTED", "IN_PRODUCTION", "DELIVERED", "ACCEPTED"] as const;
    for (let i = 0; i + 1 < path.length; i++) {
      expect(canMoveOrder(path[i]!, path[i + 1]!)).toBe(true);
      for (let j = 0; j <= i; j++) expect(canMoveOrder(path[i + 1]!, path[j]!), `${path[i + 1]} → ${path[j]}`).toBe(false);
    }
    expect(canMoveOrder("CONTRACTED", "DELIVERED")).toBe(false);
  });

  it("can be cancelled only before work starts, and a closed order stays closed", () => {
    expect(ORDER_STATUSES.filter((s) => canMoveOrder(s, "CANCELLED"))).toEqual(["CONTRACTED"]);
    for (const to of ORDER_STATUSES) {
      expect(canMoveOrder("ACCEPTED", to)).toBe(false);
      expect(canMoveOrder("CANCELLED", to)).toBe(false);
    }
  });
});
