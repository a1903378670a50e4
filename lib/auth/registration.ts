// Self-registration: a member firm with its first administrator (the firm stays PENDING until
// its association's staff verify it), or a buyer organisation with its first user (active at once).
import "server-only";
import type { z } from "zod";
import { audit } from "@/lib/audit/log";
import { DomainError } from "@/lib/authz/errors";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { registerBuyerSchema, registerFirmSchema } from "@/lib/validation/auth-schemas";
import { passwordProblem } from "@/lib/validation/password-rules";
import { hashPassword } from "./password-hash";
import { clock } from "@/lib/clock";

function checkPassword(password: string, email: string) {
  const problem = passwordProblem(password, { email });
  if (problem) throw new DomainError(problem, {}, "password");
}

/** Unique-constraint violations (a race with another registration) as field errors. */
function mapUnique(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = JSON.stringify(error.meta ?? {});
    if (target.includes("corporateNumber")) throw new DomainError("errors.corporateNumberTaken", {}, "corporateNumber");
    throw new DomainError("errors.emailTaken", {}, "email");
  }
  throw error;
}

export async function registerFirm(input: z.output<typeof registerFirmSchema>): Promise<{ firmId: string }> {
  checkPassword(input.password, input.email);
  const prisma = await getPrisma();
  const [association, municipality, existing] = await Promise.all([
    prisma.association.findUnique({ where: { id: input.associationId }, select: { id: true } }),
    prisma.municipality.findUnique({ where: { code: input.municipalityCode }, select: { code: true, prefecture: true, latitude: true, longitude: true } }),
    prisma.user.findUnique({ where: { email: input.email }, select: { id: true } }),
  ]);
  if (!association) throw new DomainError("errors.unknownAssociation", {}, "associationId");
  if (!municipality) throw new DomainError("validation.choose", {}, "municipalityCode");
  if (existing) throw new DomainError("errors.emailTaken", {}, "email");
  const passwordHash = await hashPassword(input.password);
  try {
    const firm = await prisma.firm.create({
      data: {
        nameJa: input.firmName,
        nameKana: input.firmNameKana || null,
        corporateNumber: input.corporateNumber ?? null,
        associationId: association.id,
        status: "PENDING",
        prefecture: municipality.prefecture,
        municipalityCode: municipality.code,
        address: input.address,
        latitude: municipality.latitude,
        longitude: municipality.longitude,
        employees: input.employees,
        users: { create: { email: input.email, name: input.name, role: "FIRM_ADMIN", status: "ACTIVE", passwordHash, passwordChangedAt: clock.now() } },
      },
      select: { id: true, users: { select: { id: true } } },
    });
    const userId = firm.users[0]?.id;
    await audit({ action: "firm.registered", actor: userId ? { userId, role: "FIRM_ADMIN" } : null, targetType: "firm", targetId: firm.id, details: { associationId: association.id } });
    return { firmId: firm.id };
  } catch (error) {
    mapUnique(error);
  }
}

export async function registerBuyer(input: z.output<typeof registerBuyerSchema>): Promise<{ buyerOrgId: string }> {
  checkPassword(input.password, input.email);
  const prisma = await getPrisma();
  if (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new DomainError("errors.emailTaken", {}, "email");
  const passwordHash = await hashPassword(input.password);
  try {
    const org = await prisma.buyerOrganization.create({
      data: {
        name: input.organisationName,
        industry: input.industry,
        users: { create: { email: input.email, name: input.name, role: "BUYER", status: "ACTIVE", passwordHash, passwordChangedAt: clock.now() } },
      },
      select: { id: true, users: { select: { id: true } } },
    });
    const userId = org.users[0]?.id;
    await audit({ action: "buyer.registered", actor: userId ? { userId, role: "BUYER" } : null, targetType: "buyerOrg", targetId: org.id });
    return { buyerOrgId: org.id };
  } catch (error) {
    mapUnique(error);
  }
}
