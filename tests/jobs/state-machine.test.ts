// Every pair of statuses × every actor: legal exactly when the table says so.
import { describe, expect, it } from "vitest";
import { JOB_STATUSES, TRANSITIONS, checkTransition, nextStatuses, type TransitionActor } from "@/lib/jobs/state-machine";

const ACTORS: TransitionActor[] = ["buyer", "staff", "system"];

describe("job lifecycle", () => {
  const cases = JOB_STATUSES.flatMap((from) => JOB_STATUSES.flatMap((to) => ACTORS.map((actor) => [from, to, actor] as const)));

  it.each(cases)("%s → %s by %s", (from, to, actor) => {
    const actors = TRANSITIONS[from]?.[to];
    const result = checkTransition(from, to, actor);
    if (actors?.includes(actor)) expect(result).toEqual({ ok: true });
    else expect(result).toEqual({ ok: false, reason: actors ? "notAllowedForActor" : "illegal" });
  });

  it("follows the documented path draft → under review → open → groups invited → awarded → in production → delivered → closed", () => {
    const path = ["DRAFT", "UNDER_REVIEW", "OPEN", "GROUPS_INVITED", "AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED"] as const;
    for (let i = 0; i + 1 < path.length; i++) {
      expect(ACTORS.some((actor) => checkTransition(path[i]!, path[i + 1]!, actor).ok)).toBe(true);
    }
  });

  it("ends in closed, cancelled or expired, from which nothing moves", () => {
    for (const terminal of ["CLOSED", "CANCELLED", "EXPIRED"] as const) for (const actor of ACTORS) expect(nextStatuses(terminal, actor)).toEqual([]);
  });

  it("lets only the scheduled task expire a job, and nobody cancel one in production", () => {
    expect(checkTransition("OPEN", "EXPIRED", "buyer").ok).toBe(false);
    expect(checkTransition("OPEN", "EXPIRED", "system").ok).toBe(true);
    for (const actor of ACTORS) expect(checkTransition("IN_PRODUCTION", "CANCELLED", actor).ok).toBe(false);
  });
});
