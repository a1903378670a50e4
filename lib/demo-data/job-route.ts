// Builds a job's steps from a route template so that the requirements are ones real firms meet.
import { MATERIALS_BY_PROCESS } from "@/lib/taxonomy/materials";
import { PROCESS_BY_CODE } from "@/lib/taxonomy/processes";
import type { Random } from "./random";
import type { RouteTemplate } from "./routes";
import type { TableRows } from "./table-rows";

export interface SeedStep {
  id: string;
  position: number;
  processCode: string;
  quantity: number;
  materialCode: string | null;
}

export function addJobSteps(random: Random, rows: TableRows, jobId: string, route: RouteTemplate, quantity: number): SeedStep[] {
  const size = random.int(route.sizeMm[0], route.sizeMm[1]);
  return route.steps.map((processCode, index) => {
    const [tight, loose] = PROCESS_BY_CODE.get(processCode)?.typicalToleranceUm ?? [10, 100];
    const material = (MATERIALS_BY_PROCESS[processCode] ?? []).includes(route.material) ? route.material : null;
    const step: SeedStep = { id: random.uuid(), position: index + 1, processCode, quantity, materialCode: material };
    rows.add("JobStep", [step.id, jobId, step.position, processCode, material, random.int(Math.ceil(tight * 1.5), loose), size, quantity, ""]);
    return step;
  });
}

export function jobQuantity(random: Random, route: RouteTemplate): number {
  return route.prototype ? random.pick([5, 10, 20, 30, 50]) : random.pick([200, 300, 500, 1000, 2000, 3000]);
}
