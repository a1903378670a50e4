// One zod schema per accounts form, used by the server action (and for the form's field names).
import { z } from "zod";
import { storableString } from "./text";
import { checkboxField, digitsField, emailField, localeField, nameField, optionalText, otpField, passwordField, uuidField } from "./fields";

const withConfirmation = <T extends z.ZodRawShape>(shape: T, field = "password") =>
  z.object({ ...shape, passwordConfirm: storableString({ error: "validation.required" }) }).refine((v) => (v as Record<string, unknown>)[field] === (v as Record<string, unknown>).passwordConfirm, {
    message: "validation.passwordMismatch",
    path: ["passwordConfirm"],
  });

const employeesField = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim() : v),
  z.coerce.number({ error: "validation.number" }).int("validation.number").min(1, "validation.tooSmall").max(100_000, "validation.tooBig"),
);

const optionalCorporateNumber = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), digitsField(13).optional());

export const registerFirmSchema = withConfirmation({
  firmName: nameField,
  firmNameKana: optionalText(100),
  corporateNumber: optionalCorporateNumber,
  associationId: uuidField,
  municipalityCode: storableString({ error: "validation.choose" }).regex(/^\d{5}$/, "validation.choose"),
  address: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), storableString({ error: "validation.required" }).min(1, "validation.required").max(200, "validation.tooLong")),
  employees: employeesField,
  name: nameField,
  email: emailField,
  password: passwordField,
});

export const BUYER_INDUSTRIES = [
  "AUTOMOTIVE", "AEROSPACE", "MEDICAL", "ELECTRONICS", "INDUSTRIAL_MACHINERY", "ROBOTICS",
  "ENERGY", "RAILWAY", "PUBLIC_SECTOR", "CONSUMER", "STARTUP", "OTHER",
] as const;

export const registerBuyerSchema = withConfirmation({
  organisationName: nameField,
  industry: z.enum(BUYER_INDUSTRIES, { error: "validation.choose" }),
  name: nameField,
  email: emailField,
  password: passwordField,
});

export const passwordResetRequestSchema = z.object({ email: emailField });
export const passwordResetSchema = withConfirmation({ token: storableString().min(20).max(100), password: passwordField });
export const acceptInvitationSchema = withConfirmation({ token: storableString().min(20).max(100), name: nameField, password: passwordField });

export const profileSchema = z.object({ name: nameField, locale: localeField });
export const changePasswordSchema = withConfirmation({ currentPassword: storableString().min(1, "validation.required").max(1024), password: passwordField });

export const confirmTwoFactorSchema = z.object({ code: otpField });
export const disableTwoFactorSchema = z.object({ currentPassword: storableString().min(1, "validation.required").max(1024), code: otpField });
export const emptySchema = z.object({});

export const inviteMemberSchema = z.object({ email: emailField, name: nameField, role: z.enum(["FIRM_ADMIN", "FIRM_MEMBER"], { error: "validation.choose" }) });
export const userIdSchema = z.object({ userId: uuidField });

export const firmDecisionSchema = z.object({
  firmId: uuidField,
  decision: z.enum(["verify", "reject", "suspend", "reinstate"], { error: "validation.choose" }),
  reason: optionalText(500),
});

export const createStaffSchema = z.object({
  email: emailField,
  name: nameField,
  role: z.enum(["ASSOCIATION_STAFF", "FEDERATION_STAFF"], { error: "validation.choose" }),
  associationId: z.preprocess((v) => (v === "" ? undefined : v), uuidField.optional()),
}).refine((v) => v.role === "FEDERATION_STAFF" || v.associationId !== undefined, { message: "errors.unknownAssociation", path: ["associationId"] });

export const userStatusSchema = z.object({ userId: uuidField, status: z.enum(["ACTIVE", "DISABLED"], { error: "validation.choose" }) });
export const userRoleSchema = z.object({
  userId: uuidField,
  role: z.enum(["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF", "SYSTEM_ADMIN"], { error: "validation.choose" }),
});

export const associationSchema = z.object({
  id: z.preprocess((v) => (v === "" ? undefined : v), uuidField.optional()),
  code: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), storableString().regex(/^[a-z0-9-]{2,40}$/, "validation.invalid")),
  nameJa: nameField,
  nameEn: nameField,
  isCooperative: checkboxField,
});

export const settingsSchema = z.object({
  firstJobReview: checkboxField,
  federationApprovalOnly: checkboxField,
  maintenanceNotice: optionalText(500),
});
