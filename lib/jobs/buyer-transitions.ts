// The moves a buyer makes on its own job (cancel, mark delivered, close…), through the state machine.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { JobStatus } from "@/lib/generated/prisma/enums";
import { loadJobRef } from "./job-access";
import { transitionJob } from "./transitions";

export async function changeOwnJobStatus(viewer: Viewer, input: { jobId: string; to: JobStatus; reason: string }) {
  const job = await loadJobRef(viewer, input.jobId, "job.update");
  return transitionJob({ jobId: job.id, to: input.to, expectedFrom: job.status, actor: { kind: "buyer", userId: viewer.userId }, reason: input.reason || undefined });
}
