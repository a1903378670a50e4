// A stored job (or nothing) as the form's values: numbers and dates as the strings the inputs hold.
import type { JobFormValues } from "./job-form";
import { emptyStep } from "./step-values";

type StoredJob = {
  id: string; titleJa: string; titleEn: string; descriptionJa: string; descriptionEn: string; partName: string; quantity: number;
  deadline: Date; answerBy: Date | null; deliveryPlace: string; deliveryMunicipalityCode: string | null; budgetMinYen: bigint | null;
  budgetMaxYen: bigint | null; leadCertificationCode: string | null; visibility: "ALL_VERIFIED" | "INVITED_ONLY";
  nda: { kind: "STANDARD" | "CUSTOM"; retentionDays: number } | null;
  steps: { processCode: string; materialCode: string | null; toleranceUm: number | null; sizeMm: number | null; quantity: number; notes: string }[];
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const str = (v: number | bigint | null | undefined) => (v === null || v === undefined ? "" : String(v));

export function jobFormValues(job: StoredJob | null): JobFormValues {
  if (!job) {
    return { jobId: "", titleJa: "", titleEn: "", descriptionJa: "", descriptionEn: "", partName: "", quantity: "", deadline: "", answerBy: "", deliveryPlace: "", deliveryMunicipalityCode: "", budgetMinYen: "", budgetMaxYen: "", leadCertificationCode: "", visibility: "ALL_VERIFIED", ndaKind: "NONE", ndaRetentionDays: "90", steps: [emptyStep()] };
  }
  return {
    jobId: job.id, titleJa: job.titleJa, titleEn: job.titleEn, descriptionJa: job.descriptionJa, descriptionEn: job.descriptionEn, partName: job.partName,
    quantity: str(job.quantity), deadline: day(job.deadline), answerBy: day(job.answerBy), deliveryPlace: job.deliveryPlace,
    deliveryMunicipalityCode: job.deliveryMunicipalityCode ?? "", budgetMinYen: str(job.budgetMinYen), budgetMaxYen: str(job.budgetMaxYen),
    leadCertificationCode: job.leadCertificationCode ?? "", visibility: job.visibility,
    ndaKind: job.nda?.kind ?? "NONE", ndaRetentionDays: String(job.nda?.retentionDays ?? 90),
    steps: job.steps.length ? job.steps.map((s) => ({ processCode: s.processCode, materialCode: s.materialCode ?? "", toleranceUm: str(s.toleranceUm), sizeMm: str(s.sizeMm), quantity: str(s.quantity), notes: s.notes })) : [emptyStep()],
  };
}
