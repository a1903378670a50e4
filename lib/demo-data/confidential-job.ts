// A confidential job for the demo accounts: the main buyer's job under the standard confidentiality
// agreement, with a two-sheet PDF drawing and a DXF. The Ota machining firm (firm-admin@) agreed and
// its people looked; another firm agreed; a third agreed and the buyer withdrew it. The Sumida press
// firm (press-admin@) has not agreed, so it sees the job and the agreement but not the drawings.
import type { Database } from "@/lib/db/client";
import { storeUpload } from "@/lib/uploads/storage";
import { addDays, isoDate } from "./dates";
import { valveBlockDxf, valveBlockPdf } from "./demo-drawings";
import type { Random } from "./random";

export const CONFIDENTIAL_JOB_TITLE = "【デモ・秘密保持】油圧バルブブロックの加工とアルマイト";

export async function addConfidentialJob(db: Database, random: Random, now: Date, input: { buyerOrgId: string; buyerUserId: string; otherFirmIds: string[] }): Promise<void> {
  const prisma = db.prisma;
  const template = await prisma.ndaTemplate.findFirstOrThrow({ orderBy: { version: "desc" }, select: { id: true } });
  const person = (email: string) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, firmId: true, firm: { select: { nameJa: true } } } });
  const admin = await person("firm-admin@demo.kyodo.example");
  const member = await person("firm-member@demo.kyodo.example");
  const jobId = random.uuid();
  const published = addDays(now, -6);
  await prisma.job.create({
    data: {
      id: jobId, buyerOrgId: input.buyerOrgId, createdById: input.buyerUserId, titleJa: CONFIDENTIAL_JOB_TITLE,
      titleEn: "[Demo, confidential] Hydraulic valve blocks, machined and anodised",
      descriptionJa: "新型油圧ユニット向けバルブブロックの量産です。図面は秘密保持契約に同意した企業にのみ開示します。",
      descriptionEn: "Production of valve blocks for a new hydraulic unit. Drawings are disclosed only to firms that accept the confidentiality agreement.",
      partName: "バルブブロック VB-220", quantity: 800, deadline: new Date(`${isoDate(addDays(now, 80))}T00:00:00Z`), answerBy: new Date(`${isoDate(addDays(now, 21))}T00:00:00Z`),
      deliveryPlace: "本社工場", budgetMinYen: 4_000_000n, budgetMaxYen: 6_400_000n, status: "OPEN", publishedAt: published, createdAt: addDays(now, -7),
      steps: { create: [{ position: 1, processCode: "machining_center", materialCode: null, toleranceUm: 20, quantity: 800, notes: "ポート面 Ra0.8" }, { position: 2, processCode: "surface_treatment", quantity: 800, notes: "硬質アルマイト" }] },
      statusChanges: { create: [{ fromStatus: null, toStatus: "DRAFT", actorId: input.buyerUserId, createdAt: addDays(now, -7) }, { fromStatus: "DRAFT", toStatus: "OPEN", actorId: input.buyerUserId, createdAt: published }] },
      nda: { create: { kind: "STANDARD", templateId: template.id, retentionDays: 90, createdAt: addDays(now, -7) } },
    },
  });
  const files = [
    { bytes: await valveBlockPdf(), name: "VB-220-01_バルブブロック.pdf", kind: "DRAWING" as const },
    { bytes: new TextEncoder().encode(valveBlockDxf()), name: "VB-220_plan.dxf", kind: "DRAWING" as const },
  ];
  const drawings: { id: string; fileName: string }[] = [];
  for (const file of files) {
    const stored = await storeUpload(file.bytes, file.name, { allowed: ["pdf", "dxf"], maxBytes: 5_000_000 });
    drawings.push(await prisma.attachment.create({
      data: { kind: file.kind, fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, storageKey: stored.storageKey, uploadedById: input.buyerUserId, jobId, createdAt: addDays(now, -7) },
      select: { id: true, fileName: true },
    }));
  }
  const accepted = (firmId: string, userId: string, at: Date, ip: string, withdrawnAt: Date | null = null) =>
    prisma.ndaAcceptance.create({ data: { jobId, firmId, acceptedById: userId, acceptedAt: at, ipAddress: ip, kind: "STANDARD", templateVersion: 1, withdrawnAt, withdrawnById: withdrawnAt ? input.buyerUserId : null } });
  await accepted(admin.firmId!, admin.id, addDays(now, -5), "203.0.113.24");
  const others = await prisma.user.findMany({ where: { firmId: { in: input.otherFirmIds }, role: "FIRM_ADMIN" }, orderBy: { email: "asc" }, select: { id: true, name: true, firmId: true, firm: { select: { nameJa: true } } } });
  const [second, third] = others;
  if (second) await accepted(second.firmId!, second.id, addDays(now, -4), "198.51.100.61");
  if (third) await accepted(third.firmId!, third.id, addDays(now, -4), "198.51.100.90", addDays(now, -2));
  const log = (who: { id: string; name: string; firmId: string | null; firm: { nameJa: string } | null }, drawing: { id: string; fileName: string }, kind: "VIEW" | "DOWNLOAD", at: Date, ip: string) =>
    ({ jobId, attachmentId: drawing.id, fileName: drawing.fileName, kind, firmId: who.firmId, firmName: who.firm?.nameJa ?? "", userId: who.id, userName: who.name, ipAddress: ip, at });
  await prisma.drawingAccess.createMany({
    data: [
      log(admin, drawings[0]!, "VIEW", addDays(now, -5), "203.0.113.24"),
      log(admin, drawings[1]!, "VIEW", addDays(now, -5), "203.0.113.24"),
      log(member, drawings[0]!, "DOWNLOAD", addDays(now, -3), "203.0.113.25"),
      ...(second ? [log(second, drawings[0]!, "VIEW", addDays(now, -4), "198.51.100.61")] : []),
      ...(third ? [log(third, drawings[0]!, "DOWNLOAD", addDays(now, -3), "198.51.100.90")] : []),
    ],
  });
}
