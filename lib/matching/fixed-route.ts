// A route with some steps fixed: those steps keep exactly the parts they have (work already done
// or firms staying), whatever the candidates' free capacity says now (their own share of this job
// is among their commitments); only the open steps are searched, among firms not excluded. The
// search itself is unchanged: a fixed step simply has one option, as bestGroupWithFirm limits a
// step to one firm's options.
import { stepAffinity, type ScoringContext } from "./scoring";
import type { StepOption, StepOptionsResult } from "./step-options";
import type { FixedRoute } from "./types";

export function fixRoute(ctx: ScoringContext, built: Pick<StepOptionsResult, "options" | "infeasible">, route: FixedRoute): void {
  const excluded = new Set(route.excludedFirmIds);
  const infeasible: StepOptionsResult["infeasible"] = [];
  ctx.job.steps.forEach((step, index) => {
    const parts = route.fixed[step.id];
    if (parts) {
      const missing = parts.find((p) => !ctx.firms.has(p.firmId));
      if (missing) {
        infeasible.push({ key: "matching.infeasible.fixedFirmMissing", params: { step: step.position } });
        return;
      }
      const total = parts.reduce((sum, p) => sum + p.quantity, 0) || 1;
      const affinity = parts.reduce((sum, p) => sum + (stepAffinity(ctx, step.id, ctx.firms.get(p.firmId)!, p.quantity) * p.quantity) / total, 0);
      built.options[index] = [{ parts: parts.map((p) => ({ ...p })), affinity } satisfies StepOption];
      return;
    }
    built.options[index] = built.options[index]!.filter((o) => o.parts.every((p) => !excluded.has(p.firmId)));
    if (built.options[index]!.length === 0) infeasible.push({ key: "matching.infeasible.noSubstitute", params: { step: step.position, process: step.processCode } });
  });
  // The fixed steps' own reasons (their firm short of capacity now, say) no longer apply.
  built.infeasible = infeasible;
}
