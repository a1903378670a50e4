// Staff for every association, and the documented demo accounts (one password for all of them).
import { personName } from "./names";
import type { Random } from "./random";
import type { ReferenceIds } from "./reference-data";
import type { TableRows } from "./table-rows";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import type { SeedBuyer } from "./buyers-and-open-jobs";

export interface DemoFirmIds {
  otaMachining: string;
  sumidaPress: string;
  pendingFirm: string;
}

export function addAssociationStaff(random: Random, rows: TableRows, ref: ReferenceIds, createdAt: string): Map<string, string> {
  const staffByAssociation = new Map<string, string>();
  for (const [code, associationId] of ref.associationIdByCode) {
    const id = random.uuid();
    staffByAssociation.set(associationId, id);
    rows.add("User", [id, `staff.${code}@associations.kyodo.example`, personName(random), null, "ASSOCIATION_STAFF", "ACTIVE", "ja", null, null, associationId, null, createdAt, createdAt]);
  }
  return staffByAssociation;
}

export function addDemoAccounts(random: Random, rows: TableRows, ref: ReferenceIds, firms: DemoFirmIds, buyers: SeedBuyer[], passwordHash: string, createdAt: string): Map<string, string> {
  const idByEmail = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const id = random.uuid();
    idByEmail.set(account.email, id);
    const target = account.attachTo;
    const firmId = target.kind === "firm" ? firms[target.label] : null;
    const buyerOrgId = target.kind === "buyer" ? (target.label === "mainBuyer" ? buyers[0]?.id : buyers[1]?.id) ?? null : null;
    const associationId = target.kind === "association" ? ref.associationIdByCode.get(target.associationCode) ?? null : null;
    const federationId = target.kind === "federation" ? ref.federationId : null;
    rows.add("User", [id, account.email, account.name, passwordHash, account.role, "ACTIVE", "ja", firmId, buyerOrgId, associationId, federationId, createdAt, createdAt]);
  }
  return idByEmail;
}
