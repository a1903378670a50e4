// A group in progress for the demo accounts to act on: the main buyer has proposed the Ota
// machining firm (lead) and the Sumida press firm for a two-step job, and both invitations are
// waiting. Firm admins can answer, staff then approve, and the buyer award, as in real use.
import { addDays, isoDate } from "./dates";
import type { SeedBuyer } from "./buyers-and-open-jobs";
import type { SeedFirm } from "./firms";
import type { Random } from "./random";
import type { TableRows } from "./table-rows";

const QUANTITY = 500;
export const LIVE_JOB_TITLE = "【デモ】精密シャフトとプレス部品の一貫加工";

export function addLiveGroup(random: Random, rows: TableRows, now: Date, buyer: SeedBuyer, lead: SeedFirm, partner: SeedFirm): void {
  const jobId = random.uuid();
  const groupId = random.uuid();
  const published = addDays(now, -3);
  const first = lead.capabilities.find((c) => ["turning", "machining_center", "grinding"].includes(c.processCode)) ?? lead.capabilities[0];
  const second = partner.capabilities.find((c) => c.processCode === "press") ?? partner.capabilities[0];
  if (!first || !second) return;
  rows.add("Job", [
    jobId, buyer.id, buyer.userId, LIVE_JOB_TITLE, "[Demo] Precision shafts and pressed parts, machined and pressed in one order",
    "旋削したシャフトにプレス部品を組み合わせる試作後の初回量産です。", "First production run after the prototype.", "シャフト組立", QUANTITY,
    isoDate(addDays(now, 75)), isoDate(addDays(now, 20)), "本社工場", null, 2_000_000, 3_500_000, null, "ALL_VERIFIED", "GROUPS_INVITED",
    published.toISOString(), null, null, addDays(now, -4).toISOString(), now.toISOString(),
  ]);
  const stepIds = [random.uuid(), random.uuid()];
  [first, second].forEach((capability, i) => rows.add("JobStep", [stepIds[i]!, jobId, i + 1, capability.processCode, null, null, null, QUANTITY, ""]));
  rows.add("JobStatusChange", [random.uuid(), jobId, null, "DRAFT", buyer.userId, addDays(now, -4).toISOString()]);
  rows.add("JobStatusChange", [random.uuid(), jobId, "DRAFT", "OPEN", buyer.userId, published.toISOString()]);
  rows.add("JobStatusChange", [random.uuid(), jobId, "OPEN", "GROUPS_INVITED", buyer.userId, now.toISOString()]);

  rows.add("JointOrderGroup", [groupId, "JOB", jobId, `${lead.nameJa}グループ`, "MEDIATION", null, lead.id, "INVITING", null, null, now.toISOString(), now.toISOString()]);
  const expires = new Date(now.getTime() + 48 * 3_600_000).toISOString();
  [lead, partner].forEach((firm, i) => {
    const memberId = random.uuid();
    rows.add("GroupMember", [memberId, groupId, firm.id, i === 0, "INVITED", 5_000, null, now.toISOString(), expires, null, null]);
    const capability = i === 0 ? first : second;
    rows.add("GroupStepAssignment", [random.uuid(), groupId, memberId, stepIds[i]!, capability.processCode, QUANTITY, memberId, "PLANNED", 0, null, null, null, null]);
  });
  rows.add("GroupStatusChange", [random.uuid(), groupId, null, "INVITING", buyer.userId, null, now.toISOString()]);
}
