// The standard joint-order agreement of an approved group, from the latest template version, in
// Japanese with an English translation; members confirm it in the app.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { PROCESS_BY_CODE } from "@/lib/taxonomy/processes";
import { fillAgreement, type AgreementFacts } from "./agreement-text";
import { loadGroupRef } from "./group-access";

async function factsOf(db: Database, groupId: string, locale: "ja" | "en"): Promise<AgreementFacts> {
  const group = await db.prisma.jointOrderGroup.findUniqueOrThrow({
    where: { id: groupId },
    select: {
      contractModel: true, leadFirm: { select: { nameJa: true, nameEn: true } }, contractingAssociation: { select: { nameJa: true, nameEn: true } },
      job: { select: { titleJa: true, titleEn: true, deadline: true, buyerOrg: { select: { name: true, nameEn: true } } } },
      members: { where: { status: "ACCEPTED" }, orderBy: { firm: { nameJa: "asc" } }, select: { shareBasisPoints: true, shareYen: true, firm: { select: { nameJa: true, nameEn: true, association: { select: { nameJa: true, nameEn: true } } } }, assignments: { select: { processCode: true } } } },
    },
  });
  const en = locale === "en";
  const lead = en ? (group.leadFirm.nameEn ?? group.leadFirm.nameJa) : group.leadFirm.nameJa;
  const contractor = group.contractingAssociation ? (en ? group.contractingAssociation.nameEn : group.contractingAssociation.nameJa) : (en ? group.members[0]?.firm.association.nameEn : group.members[0]?.firm.association.nameJa) ?? lead;
  return {
    buyer: en ? (group.job?.buyerOrg.nameEn ?? group.job?.buyerOrg.name ?? "") : (group.job?.buyerOrg.name ?? ""),
    job: en ? group.job?.titleEn || group.job?.titleJa || "" : (group.job?.titleJa ?? ""),
    model: group.contractModel,
    contractor,
    lead,
    deadline: group.job ? group.job.deadline.toISOString().slice(0, 10) : "",
    members: group.members.map((m) => ({
      name: en ? (m.firm.nameEn ?? m.firm.nameJa) : m.firm.nameJa,
      processes: [...new Set(m.assignments.map((a) => a.processCode))].map((code) => (en ? PROCESS_BY_CODE.get(code)?.nameEn : PROCESS_BY_CODE.get(code)?.nameJa) ?? code),
      shareBasisPoints: m.shareBasisPoints,
      shareYen: m.shareYen,
    })),
  };
}

export async function generateAgreement(db: Database, groupId: string) {
  const template = await db.prisma.agreementTemplate.findFirst({ orderBy: { version: "desc" } });
  if (!template) throw new DomainError("groups.errors.noTemplate");
  const [ja, en] = await Promise.all([factsOf(db, groupId, "ja"), factsOf(db, groupId, "en")]);
  return db.prisma.agreement.create({ data: { groupId, templateId: template.id, contentJa: fillAgreement(template.bodyJa, ja, "ja"), contentEn: fillAgreement(template.bodyEn, en, "en") }, select: { id: true } });
}

export async function latestAgreement(db: Database, viewer: Viewer, groupId: string) {
  await loadGroupRef(db.prisma, viewer, groupId, "group.view");
  const agreement = await db.prisma.agreement.findFirst({
    where: { groupId },
    orderBy: { generatedAt: "desc" },
    select: { id: true, contentJa: true, contentEn: true, generatedAt: true, template: { select: { version: true } }, confirmations: { select: { memberId: true, confirmedAt: true } } },
  });
  if (!agreement) throw new NotFoundError("group");
  return agreement;
}

export async function confirmAgreement(db: Database, viewer: Viewer, input: { groupId: string; agreementId: string }) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "group.respond");
  const member = group.members.find((m) => m.firmId === viewer.firmId && m.status === "ACCEPTED");
  if (!member) throw new DomainError("groups.errors.notMember");
  const agreement = await db.prisma.agreement.findFirst({ where: { id: input.agreementId, groupId: group.id }, select: { id: true } });
  if (!agreement) throw new NotFoundError("group");
  await db.prisma.agreementConfirmation.upsert({
    where: { agreementId_memberId: { agreementId: agreement.id, memberId: member.id } },
    create: { agreementId: agreement.id, memberId: member.id, userId: viewer.userId },
    update: {},
  });
}
