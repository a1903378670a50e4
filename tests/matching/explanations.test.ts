// Every reason shown with a suggestion holds for the group shown (issue 20 item 7). Each reason kind
// is checked against the job and the firms' data, recomputed here apart from lib/matching (the
// distance and capacity arithmetic comes from oracle.ts), on generated jobs of every shape.
import { describe, expect, it } from "vitest";
import { suggestGroups, type CandidateFirm, type JobInput, type Reason, type SuggestedGroup } from "@/lib/matching";
import { SHAPES, generateJob } from "./job-shapes";
import { freeFor } from "./oracle";

const JOBS_PER_SHAPE = 120;

function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** What each reason kind claims, checked on its own: null when it holds, else what is wrong. */
function falseClaim(reason: Reason, group: SuggestedGroup, job: JobInput, firms: Map<string, CandidateFirm>): string | null {
  const p = reason.params ?? {};
  const byName = new Map([...firms.values()].map((f) => [f.name, f]));
  const member = (name: unknown) => {
    const firm = byName.get(String(name));
    return firm && group.memberIds.includes(firm.id) ? firm : null;
  };
  const stepAt = (position: unknown) => job.steps.find((s) => s.position === Number(position));
  const partsOf = (stepId: string) => group.assignments.find((a) => a.stepId === stepId)?.parts ?? [];
  // The firm doing most of a step (ties: the smaller id) is where the parts leave from.
  const mainFirm = (stepId: string) => [...partsOf(stepId)].sort((a, b) => b.quantity - a.quantity || (a.firmId < b.firmId ? -1 : 1))[0]!.firmId;
  const route = job.steps.map((s) => mainFirm(s.id));
  switch (reason.key) {
    case "matching.reasons.members": {
      const doing = new Set(group.assignments.flatMap((a) => a.parts.map((part) => part.firmId)));
      const covered = job.steps.every((s) => partsOf(s.id).reduce((sum, part) => sum + part.quantity, 0) === s.quantity);
      return p.members === doing.size && p.steps === job.steps.length && covered ? null : `members ${String(p.members)}/${doing.size}, steps ${String(p.steps)}, covered ${covered}`;
    }
    case "matching.reasons.lead":
      return member(p.firm)?.id === group.leadFirmId ? null : `lead ${String(p.firm)} is not the group's lead`;
    case "matching.reasons.leadCertified": {
      const lead = member(p.firm);
      return lead?.id === group.leadFirmId && p.certification === job.leadCertificationCode && lead.certifications.includes(String(p.certification)) ? null : `lead ${String(p.firm)} without ${String(p.certification)}`;
    }
    case "matching.reasons.distance": {
      const legs = route.flatMap((from, i) => (i + 1 < route.length ? [from === route[i + 1] ? 0 : km(firms.get(from)!.location, firms.get(route[i + 1]!)!.location)] : job.deliveryPoint ? [km(firms.get(from)!.location, job.deliveryPoint)] : []));
      const average = legs.reduce((s, x) => s + x, 0) / Math.max(1, legs.length);
      return Math.abs(Number(p.km) - Math.round(average * 10) / 10) < 1e-9 ? null : `distance ${String(p.km)} km, route averages ${average}`;
    }
    case "matching.reasons.workedTogether": {
      const a = member(p.a);
      const b = member(p.b);
      const handOff = a && b && route.some((from, i) => i + 1 < route.length && ((from === a.id && route[i + 1] === b.id) || (from === b.id && route[i + 1] === a.id)));
      const jobs = a && b ? (a.partners[b.id] ?? b.partners[a.id])?.jobsTogether : undefined;
      return handOff && jobs === p.jobs && Number(p.jobs) > 0 ? null : `${String(p.a)} and ${String(p.b)}: ${String(p.jobs)} jobs, recorded ${String(jobs)}, hand off ${String(handOff)}`;
    }
    case "matching.reasons.onTime": {
      const firm = member(p.firm);
      if (!firm || firm.record.deliveries < 3 || firm.record.deliveries !== p.deliveries) return `${String(p.firm)}: not a member with ${String(p.deliveries)} deliveries`;
      const rate = (f: CandidateFirm) => f.record.onTime / f.record.deliveries;
      const better = group.memberIds.map((id) => firms.get(id)!).some((f) => f.record.deliveries >= 3 && rate(f) > rate(firm) + 1e-12);
      return Math.round(100 * rate(firm)) === p.percent && !better ? null : `${String(p.firm)} on time ${String(p.percent)}%, best member ${better ? "is another" : "is this one"}`;
    }
    case "matching.reasons.handRaised": {
      const firm = member(p.firm);
      const step = stepAt(p.step);
      return firm && step && firm.handRaisedStepIds.includes(step.id) && partsOf(step.id).some((part) => part.firmId === firm.id) ? null : `${String(p.firm)} did not raise its hand for step ${String(p.step)} it does`;
    }
    case "matching.reasons.slack": {
      // Pieces left free after the step, as a share of the firm's free pieces, weighted by quantity, averaged over steps.
      const perStep = job.steps.map((s) => {
        const parts = partsOf(s.id);
        const total = parts.reduce((sum, part) => sum + part.quantity, 0);
        return parts.reduce((sum, part) => {
          const free = freeFor(firms.get(part.firmId)!, s, job) ?? 0;
          return sum + (free <= 0 ? 0 : Math.min(1, Math.max(0, (free - part.quantity) / free))) * (part.quantity / total);
        }, 0);
      });
      const percent = Math.round((100 * perStep.reduce((s, x) => s + x, 0)) / perStep.length);
      return p.percent === percent ? null : `slack ${String(p.percent)}%, the free pieces give ${percent}%`;
    }
    case "matching.reasons.split": {
      const step = stepAt(p.step);
      const parts = step ? partsOf(step.id) : [];
      return parts.length > 1 && parts.length === p.firms ? null : `step ${String(p.step)} is done by ${parts.length} firms, not ${String(p.firms)}`;
    }
    default:
      return `no check for ${reason.key}`;
  }
}

describe("the reasons shown with each suggestion", () => {
  it("hold for the group shown, kind by kind, on generated jobs of every shape", () => {
    const failures: string[] = [];
    const seen = new Map<string, number>();
    for (const shape of SHAPES) {
      for (let seed = 1; seed <= JOBS_PER_SHAPE; seed++) {
        const { job, firms } = generateJob(shape, seed * 104_729 + shape.name.length);
        const byId = new Map(firms.map((f) => [f.id, f]));
        for (const group of suggestGroups(job, firms, { k: 3 }).groups) {
          for (const reason of group.reasons) {
            seen.set(reason.key, (seen.get(reason.key) ?? 0) + 1);
            const wrong = falseClaim(reason, group, job, byId);
            if (wrong) failures.push(`${shape.name}/${seed}: ${reason.key}: ${wrong}`);
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // Every kind the composer gives was met and checked many times.
    for (const key of ["members", "lead", "leadCertified", "distance", "workedTogether", "onTime", "handRaised", "slack", "split"]) {
      expect(seen.get(`matching.reasons.${key}`) ?? 0, key).toBeGreaterThanOrEqual(20);
    }
  }, 120_000);

  it("would catch a reason that does not hold", () => {
    const { job, firms } = generateJob(SHAPES.find((s) => s.name === "partners")!, 11);
    const byId = new Map(firms.map((f) => [f.id, f]));
    const group = suggestGroups(job, firms, { k: 1 }).groups[0]!;
    const outsider = firms.find((f) => !group.memberIds.includes(f.id))!;
    expect(falseClaim({ key: "matching.reasons.lead", params: { firm: outsider.name } }, group, job, byId)).not.toBeNull();
    const slack = group.reasons.find((r) => r.key === "matching.reasons.slack")!;
    expect(falseClaim({ ...slack, params: { percent: Number(slack.params!.percent) + 1 } }, group, job, byId)).not.toBeNull();
    const distance = group.reasons.find((r) => r.key === "matching.reasons.distance");
    if (distance) expect(falseClaim({ ...distance, params: { km: Number(distance.params!.km) + 0.5 } }, group, job, byId)).not.toBeNull();
  });
});
