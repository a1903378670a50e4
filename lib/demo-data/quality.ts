// Demo non-conformances: raised by the buyer at its incoming inspection, assigned to the member whose
// step caused it under the agreement's 第7条, and worked through every stage (closed when the order
// was delivered, still being corrected otherwise). Stamped on the seed's own days.
import { addDays } from "./dates";
import type { TableRows } from "./table-rows";

export interface DemoNc {
  id: string;
  groupId: string;
  assignmentId: string;
  responsibleMemberId: string;
  raisedById: string;
  raisedByBuyerOrgId: string;
  raisedOn: Date;
  closed: boolean;
}

const TEXT = {
  description: "受入検査で寸法不良（公差外れ）を検出",
  containment: "在庫品と仕掛品を全数隔離し、選別検査を実施。",
  rootCause: "治具の位置決めピンの摩耗により、穴位置が 0.03 mm ずれていた。",
  corrective: "治具を修正し全数再検査。是正報告書を提出。",
  verification: "是正後のロットで寸法を確認し、合格。",
};

export function addDemoNonConformance(rows: TableRows, nc: DemoNc): void {
  const day = (n: number) => addDays(nc.raisedOn, n).toISOString();
  const stages: [string, string, number][] = [["ASSIGNED", "", 1], ["CONTAINED", TEXT.containment, 1], ["CAUSE_FOUND", TEXT.rootCause, 3], ["CORRECTED", TEXT.corrective, 4], ...(nc.closed ? ([["CLOSED", TEXT.verification, 5]] as [string, string, number][]) : [])];
  const status = stages[stages.length - 1]![0];
  rows.add("NonConformance", [
    nc.id, nc.groupId, nc.assignmentId, "MANUAL", status, TEXT.description, null, nc.raisedById, null, nc.raisedByBuyerOrgId, nc.responsibleMemberId, "第7条", null,
    TEXT.containment, "MACHINE", TEXT.rootCause, TEXT.corrective, nc.closed ? TEXT.verification : null, nc.closed ? day(5) : null, day(0), day(stages[stages.length - 1]![2]),
  ]);
  rows.add("NcCostShare", [nc.id, nc.responsibleMemberId, 10_000, day(1)]);
  rows.add("NcEvent", [nc.id, null, "RAISED", nc.raisedById, TEXT.description, day(0)]);
  let from = "RAISED";
  for (const [to, note, offset] of stages) {
    rows.add("NcEvent", [nc.id, from, to, null, note, day(offset)]);
    from = to;
  }
}
