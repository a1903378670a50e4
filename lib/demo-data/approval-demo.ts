// Work waiting on the demo accounts that the rest of the seed leaves idle: a group of an Ota firm
// and a TAMA firm on the second buyer's job, every member agreed, waiting for both associations'
// approval (so Ota's and TAMA's staff, and the federation's, have a group to approve on first
// sign-in); and an approved group led by the demo Ota machining firm whose members priced their
// steps but whose offer the lead has not sent yet (the demo firm's offer to send).
import { addDays, isoDate } from "./dates";
import type { SeedBuyer } from "./buyers-and-open-jobs";
import type { SeedCapability, SeedFirm } from "./firms";
import type { SeedStep } from "./job-route";
import { addApprovedGroup } from "./open-offers";
import type { Random } from "./random";
import type { TableRows } from "./table-rows";

export const APPROVAL_JOB_TITLE = "【デモ】試作ハウジングの切削と仕上げ（団体の承認待ち）";
export const OFFER_TO_SEND_JOB_TITLE = "【デモ】搬送装置用シャフトの加工（見積の送付待ち）";

interface JobInput {
  buyer: SeedBuyer;
  titleJa: string;
  titleEn: string;
  quantity: number;
  published: Date;
  deadline: Date;
  answerBy: Date;
  /** One step per firm, each in a process that firm offers, with requirements it meets. */
  doers: { firm: SeedFirm; capability: SeedCapability }[];
}

function addJobFor(random: Random, rows: TableRows, input: JobInput): { jobId: string; steps: SeedStep[] } {
  const { buyer, quantity, published } = input;
  const jobId = random.uuid();
  rows.add("Job", [
    jobId, buyer.id, buyer.userId, input.titleJa, input.titleEn, `${input.titleJa.replace(/^【デモ】/, "")}。`, `${input.titleEn.replace(/^\[Demo\] /, "")}.`,
    input.titleJa.replace(/^【デモ】/, "").replace(/（.*$/, ""), quantity, isoDate(input.deadline), isoDate(input.answerBy), "本社工場", null,
    String(quantity * 3_000), String(quantity * 7_000), null, "ALL_VERIFIED", "GROUPS_INVITED", published.toISOString(), null, null, addDays(published, -1).toISOString(), published.toISOString(),
  ]);
  const steps = input.doers.map(({ capability }, i): SeedStep => {
    const step = { id: random.uuid(), position: i + 1, processCode: capability.processCode, quantity, materialCode: null };
    rows.add("JobStep", [step.id, jobId, step.position, step.processCode, null, capability.bestToleranceUm * 2, Math.min(capability.maxWorkpieceMm, 120), quantity, ""]);
    return step;
  });
  rows.add("JobStatusChange", [random.uuid(), jobId, null, "DRAFT", buyer.userId, addDays(published, -1).toISOString()]);
  rows.add("JobStatusChange", [random.uuid(), jobId, "DRAFT", "OPEN", buyer.userId, published.toISOString()]);
  rows.add("JobStatusChange", [random.uuid(), jobId, "OPEN", "GROUPS_INVITED", buyer.userId, addDays(published, 2).toISOString()]);
  return { jobId, steps };
}

const doer = (firm: SeedFirm) => ({ firm, capability: firm.capabilities[0]! });

/** A group whose members all accepted, waiting for each association's approval. */
function addGroupAwaitingApproval(random: Random, rows: TableRows, today: Date, buyer: SeedBuyer, firms: [SeedFirm, SeedFirm]): void {
  const published = addDays(today, -6);
  const { jobId, steps } = addJobFor(random, rows, { buyer, titleJa: APPROVAL_JOB_TITLE, titleEn: "[Demo] Prototype housing: machining and finishing (awaiting the associations' approval)", quantity: 50, published, deadline: addDays(today, 60), answerBy: addDays(today, 21), doers: firms.map(doer) });
  const groupId = random.uuid();
  const invited = addDays(published, 2);
  const agreed = addDays(invited, 1);
  const [lead] = firms;
  rows.add("JointOrderGroup", [groupId, "JOB", jobId, `${lead.nameJa}グループ`, "MEDIATION", null, lead.id, "PENDING_APPROVAL", null, null, invited.toISOString(), agreed.toISOString()]);
  firms.forEach((firm, i) => {
    const memberId = random.uuid();
    rows.add("GroupMember", [memberId, groupId, firm.id, i === 0, "ACCEPTED", 5_000, null, invited.toISOString(), addDays(invited, 2).toISOString(), agreed.toISOString(), null]);
    rows.add("GroupStepAssignment", [random.uuid(), groupId, memberId, steps[i]!.id, steps[i]!.processCode, 50, memberId, "PLANNED", 0, null, null, null, null]);
  });
  rows.add("GroupStatusChange", [random.uuid(), groupId, null, "INVITING", buyer.userId, null, invited.toISOString()]);
  rows.add("GroupStatusChange", [random.uuid(), groupId, "INVITING", "PENDING_APPROVAL", null, null, agreed.toISOString()]);
  for (const associationId of new Set(firms.map((f) => f.associationId))) rows.add("GroupApproval", [random.uuid(), groupId, associationId, "PENDING", null, null, null, agreed.toISOString()]);
}

export interface ApprovalDemoInput {
  buyer: SeedBuyer;
  firms: SeedFirm[];
  demoFirm: SeedFirm;
  /** Firms the other demo work already uses (kept out of the group awaiting approval). */
  busyFirmIds: string[];
  otaAssociationId: string;
  tamaAssociationId: string;
  staffUserByAssociation: Map<string, string>;
}

export function addApprovalDemo(random: Random, rows: TableRows, today: Date, input: ApprovalDemoInput): void {
  const free = input.firms.filter((f) => f.status === "VERIFIED" && f.capabilities.length > 0 && !input.busyFirmIds.includes(f.id));
  const ota = free.find((f) => f.associationId === input.otaAssociationId);
  const tama = free.find((f) => f.associationId === input.tamaAssociationId);
  if (ota && tama) addGroupAwaitingApproval(random, rows, today, input.buyer, [ota, tama]);

  const partner = free.find((f) => f.id !== ota?.id && f.id !== tama?.id);
  if (!partner) return;
  const published = addDays(today, -9);
  const deadline = addDays(today, 80);
  const doers = [doer(input.demoFirm), doer(partner)];
  const { jobId, steps } = addJobFor(random, rows, { buyer: input.buyer, titleJa: OFFER_TO_SEND_JOB_TITLE, titleEn: "[Demo] Conveyor shafts: machining (the offer is still to be sent)", quantity: 200, published, deadline, answerBy: addDays(today, 14), doers });
  addApprovedGroup(random, rows, { jobId, steps, byStep: doers.map((d) => d.firm), quantity: 200, published, today, deadline, staffUserByAssociation: input.staffUserByAssociation, contractModel: "MEDIATION", budget: 200 * 4_500, sentAt: today, leadFirmId: input.demoFirm.id });
}
