// Hand-made rows for notification and queue tests: the reference data of the seed (federation,
// associations, processes, municipalities) plus firms, users, a buyer and jobs the test shapes.
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { addReferenceData } from "@/lib/demo-data/reference-data";
import { Random } from "@/lib/demo-data/random";
import { TableRows } from "@/lib/demo-data/table-rows";
import type { JobStatus, JobVisibility, Role } from "@/lib/generated/prisma/enums";

export interface World {
  associationId: string;
  add: ReturnType<typeof adders>;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createWorld(db: Database): Promise<World> {
  const rows = new TableRows();
  const ref = addReferenceData(new Random(7), rows);
  await rows.writeTo(db.sql);
  const associationId = ref.associationIdByCode.get("ota");
  if (!associationId) throw new Error("the reference data has no Ota association");
  return { associationId, add: adders(db, associationId) };
}

function adders(db: Database, associationId: string) {
  const { prisma } = db;
  return {
    async firm(capabilities: { processCode: string; bestToleranceUm?: number; maxWorkpieceMm?: number }[], options: { status?: "VERIFIED" | "PENDING"; profileConfirmedAt?: Date } = {}) {
      const firm = await prisma.firm.create({
        data: {
          associationId,
          nameJa: `テスト製作所 ${unique()}`,
          status: options.status ?? "VERIFIED",
          prefecture: "TOKYO",
          municipalityCode: "13111",
          address: "大田区",
          latitude: 35.56,
          longitude: 139.71,
          employees: 12,
          ...(options.profileConfirmedAt ? { profileConfirmedAt: options.profileConfirmedAt } : {}),
          capabilities: {
            create: capabilities.map((c) => ({ processCode: c.processCode, bestToleranceUm: c.bestToleranceUm ?? 10, maxWorkpieceMm: c.maxWorkpieceMm ?? 300, monthlyCapacity: 1000, leadTimeDays: 7 })),
          },
        },
      });
      return firm;
    },
    async user(role: Role, org: { firmId?: string; buyerOrgId?: string }, options: { locale?: "ja" | "en"; status?: "ACTIVE" | "DISABLED" } = {}) {
      return prisma.user.create({
        data: { email: `u-${unique()}@example.jp`, name: `利用者 ${unique()}`, role, locale: options.locale ?? "ja", status: options.status ?? "ACTIVE", firmId: org.firmId ?? null, buyerOrgId: org.buyerOrgId ?? null },
      });
    },
    async buyer() {
      return prisma.buyerOrganization.create({ data: { name: `発注 ${unique()}`, industry: "AUTOMOTIVE" } });
    },
    async job(
      buyerOrgId: string,
      options: {
        status?: JobStatus;
        publishedAt?: Date | null;
        answerBy?: string | null;
        visibility?: JobVisibility;
        invitedFirmIds?: string[];
        steps?: { processCode: string; toleranceUm?: number | null; sizeMm?: number | null }[];
        titleJa?: string;
        titleEn?: string;
      } = {},
    ) {
      return prisma.job.create({
        data: {
          buyerOrgId,
          titleJa: options.titleJa ?? `案件 ${unique()}`,
          titleEn: options.titleEn ?? "",
          quantity: 100,
          deadline: new Date("2027-06-30T00:00:00Z"),
          answerBy: options.answerBy ? new Date(`${options.answerBy}T00:00:00Z`) : null,
          status: options.status ?? "OPEN",
          visibility: options.visibility ?? "ALL_VERIFIED",
          publishedAt: options.publishedAt === undefined ? new Date() : options.publishedAt,
          steps: { create: (options.steps ?? [{ processCode: "turning" }]).map((s, i) => ({ position: i + 1, processCode: s.processCode, toleranceUm: s.toleranceUm ?? null, sizeMm: s.sizeMm ?? null, quantity: 100 })) },
          invitedFirms: { create: (options.invitedFirmIds ?? []).map((firmId) => ({ firmId })) },
        },
      });
    },
  };
}

/** The viewer a signed-in user would have. */
export function viewerOf(user: { id: string; name: string; email: string; role: Role; locale: "ja" | "en"; firmId: string | null; buyerOrgId: string | null }): Viewer {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale,
    firmId: user.firmId,
    firmStatus: user.firmId ? "VERIFIED" : null,
    associationId: null,
    buyerOrgId: user.buyerOrgId,
    federationId: null,
    twoFactorPending: false,
  };
}
