// A joint order (共同受注) to show the contractor's side: the demo buyer's job with one approved
// group — the Ota machining firm leading, the Sumida press firm with it — whose offer is sent and
// whose lead asked the Ota association to contract; its staff have not answered yet. Until they
// accept, the buyer cannot award it (lib/orders/contractor.ts). Associations that contract carry a
// registration number and a fee rate.
import type { SqlConnection } from "@/lib/db/sql-connection";
import { corporateNumberCheckDigit } from "@/lib/money/registration-number";
import { addDays, isoDate } from "./dates";
import type { SeedBuyer } from "./buyers-and-open-jobs";
import type { SeedFirm } from "./firms";
import { addJobSteps } from "./job-route";
import { addOfferRows } from "./offers";
import { addApprovedGroup } from "./open-offers";
import type { Random } from "./random";
import type { TableRows } from "./table-rows";

export const JOINT_ORDER_JOB_TITLE = "【デモ】ロボット用ブラケットのプレスと切削（共同受注・組合が受注者）";

export function addJointOrderDemo(random: Random, rows: TableRows, today: Date, buyer: SeedBuyer, lead: SeedFirm, member: SeedFirm, staffUserByAssociation: Map<string, string>): void {
  const jobId = random.uuid();
  const quantity = 500;
  const published = addDays(today, -10);
  const deadline = addDays(today, 75);
  rows.add("Job", [
    jobId, buyer.id, buyer.userId, JOINT_ORDER_JOB_TITLE, "[Demo] Robot bracket: press and machining (joint order through the association)", "ロボット用ブラケットの量産。共同受注で団体と契約します。", "Production of a robot bracket, contracted through the association.",
    "ロボット用ブラケット", quantity, isoDate(deadline), isoDate(addDays(today, 30)), "本社工場", "13111", String(quantity * 3_000), String(quantity * 8_000), null, "ALL_VERIFIED", "GROUPS_INVITED",
    published.toISOString(), null, null, addDays(published, -1).toISOString(), today.toISOString(),
  ]);
  const steps = addJobSteps(random, rows, jobId, { partJa: "ロボット用ブラケット", partEn: "Robot bracket", material: "spcc", steps: ["press", "machining_center"], sizeMm: [60, 200], prototype: false }, quantity);
  rows.add("JobStatusChange", [random.uuid(), jobId, null, "DRAFT", buyer.userId, addDays(published, -1).toISOString()]);
  rows.add("JobStatusChange", [random.uuid(), jobId, "DRAFT", "OPEN", buyer.userId, published.toISOString()]);
  rows.add("JobStatusChange", [random.uuid(), jobId, "OPEN", "GROUPS_INVITED", buyer.userId, addDays(published, 2).toISOString()]);
  const sentAt = addDays(today, -3);
  const { groupId, common, priced } = addApprovedGroup(random, rows, { jobId, steps, byStep: [member, lead], quantity, published, today, deadline, staffUserByAssociation, contractModel: "JOINT_ORDER", budget: quantity * 5_000, sentAt, leadFirmId: lead.id });
  addOfferRows(random, rows, { ...common, version: 1, replacesId: null, route: priced, sentAt, moves: [] });
  rows.add("ContractorNomination", [random.uuid(), groupId, lead.associationId, "REQUESTED", null, common.sentById, addDays(sentAt, 1).toISOString(), null]);
}

const registration = (body: string) => `T${corporateNumberCheckDigit(body)}${body}`;

/** Registration numbers (check digits valid) and fee rates of the associations that contract in the demo. */
export async function setContractingAssociations(sql: SqlConnection): Promise<void> {
  await sql.query(`UPDATE "Association" SET "invoiceRegistrationNumber" = $1, "feeRateBasisPoints" = 300 WHERE code = 'ota'`, [registration("010001008844")]);
  await sql.query(`UPDATE "Association" SET "invoiceRegistrationNumber" = $1, "feeRateBasisPoints" = 500 WHERE code = 'tama_coop'`, [registration("501234567890")]);
}
