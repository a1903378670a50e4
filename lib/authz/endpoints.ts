// Every route handler and server action of the app, with who may call it. The test
// tests/authz/endpoint-matrix.test.ts fails when an endpoint exists in app/ but not here, and calls
// each action as every role to check that only the listed roles get past the permission check.
// Adding a feature: add one row per exported handler / action.
import type { Role } from "@/lib/generated/prisma/enums";

export const ALL_ROLES = ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF", "SYSTEM_ADMIN"] as const satisfies readonly Role[];
const STAFF = ["ASSOCIATION_STAFF", "FEDERATION_STAFF"] as const;

export interface Endpoint {
  /** Path from the project root: "app/…/route.ts" or the "use server" file. */
  file: string;
  /** The HTTP method (route handlers) or the exported function (server actions). */
  name: string;
  kind: "route" | "action";
  /** "public": no session needed; otherwise the roles that pass the permission check (with a
   *  verified firm and two-factor sign-in set up where the role needs it). */
  access: "public" | readonly Role[];
}

const action = (file: string, name: string, access: Endpoint["access"]): Endpoint => ({ file, name, kind: "action", access });
const route = (file: string, name: string, access: Endpoint["access"]): Endpoint => ({ file, name, kind: "route", access });

export const ENDPOINTS: readonly Endpoint[] = [
  route("app/api/auth/[...nextauth]/route.ts", "GET", "public"),
  route("app/api/auth/[...nextauth]/route.ts", "POST", "public"),
  route("app/api/health/route.ts", "GET", "public"),
  route("app/api/health/live/route.ts", "GET", "public"),
  route("app/api/health/ready/route.ts", "GET", "public"),
  // The bundled font (stylesheet and woff2 subsets): static assets every page may load signed out.
  route("app/fonts/noto-sans-jp/[version]/[file]/route.ts", "GET", "public"),
  // No session: a Prometheus scraper presents METRICS_TOKEN (lib/authz/operator-token.ts).
  route("app/api/metrics/route.ts", "GET", "public"),
  // Sets the caller's own language cookie; touches no data.
  action("lib/i18n/actions.ts", "switchLocale", "public"),

  action("app/register/actions.ts", "registerFirm", "public"),
  action("app/register/actions.ts", "registerBuyer", "public"),
  action("app/reset-password/actions.ts", "requestPasswordReset", "public"),
  action("app/reset-password/actions.ts", "resetPassword", "public"),
  action("app/invite/actions.ts", "acceptInvitation", "public"),

  action("app/profile/actions.ts", "updateProfile", ALL_ROLES),
  action("app/profile/actions.ts", "changePassword", ALL_ROLES),
  action("app/profile/actions.ts", "startTwoFactor", ALL_ROLES),
  action("app/profile/actions.ts", "enableTwoFactor", ALL_ROLES),
  action("app/profile/actions.ts", "regenerateRecoveryCodes", ALL_ROLES),
  action("app/profile/actions.ts", "disableTwoFactor", ALL_ROLES),
  action("app/profile/notifications/actions.ts", "saveNotificationPreferences", ALL_ROLES),

  action("app/notifications/actions.ts", "markNotificationRead", ALL_ROLES),
  action("app/notifications/actions.ts", "markAllNotificationsRead", ALL_ROLES),

  action("app/staff/verifications/actions.ts", "decideFirm", STAFF),

  action("app/firm/capacity/actions.ts", "declareCapacity", ["FIRM_ADMIN", "FIRM_MEMBER"]),
  action("app/firm/capacity/actions.ts", "createCapacityToken", ["FIRM_ADMIN"]),
  action("app/firm/capacity/actions.ts", "revokeCapacityToken", ["FIRM_ADMIN"]),
  action("app/outages/actions.ts", "declareFirmOutage", ["FIRM_ADMIN", ...STAFF]),
  action("app/outages/actions.ts", "editFirmOutage", ["FIRM_ADMIN", ...STAFF]),
  action("app/outages/actions.ts", "endFirmOutage", ["FIRM_ADMIN", ...STAFF]),
  action("app/outages/actions.ts", "proposeSubstitute", ["FIRM_ADMIN", ...STAFF]),
  action("app/outages/actions.ts", "answerSubstitute", ["FIRM_ADMIN"]),
  // No session: a firm's API token (lib/capacity/api-tokens.ts) decides, inside the handler.
  route("app/api/capacity/route.ts", "GET", "public"),
  route("app/api/capacity/route.ts", "PUT", "public"),
  route("app/api/capacity/openapi.json/route.ts", "GET", "public"),
  action("app/firm/members/actions.ts", "inviteMember", ["FIRM_ADMIN"]),
  action("app/firm/members/actions.ts", "resendInvitation", ["FIRM_ADMIN"]),
  action("app/firm/members/actions.ts", "removeMember", ["FIRM_ADMIN"]),
  action("app/firm/members/actions.ts", "setMemberPriceVisibility", ["FIRM_ADMIN"]),
  action("app/firm/profile/actions.ts", "saveFirmProfile", ["FIRM_ADMIN"]),
  action("app/firm/profile/actions.ts", "confirmFirmProfile", ["FIRM_ADMIN"]),
  action("app/firm/profile/actions.ts", "previewFirmSheet", ["FIRM_ADMIN"]),
  action("app/firm/profile/actions.ts", "importFirmSheet", ["FIRM_ADMIN"]),
  route("app/api/firm/profile/export/route.ts", "GET", ["FIRM_ADMIN"]),
  action("app/firm/profile/actions.ts", "uploadFirmImage", ["FIRM_ADMIN"]),
  action("app/firm/profile/actions.ts", "removeFirmImage", ["FIRM_ADMIN"]),
  route("app/api/firm/images/[firmId]/[attachmentId]/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),

  action("app/admin/actions.ts", "saveAssociation", ["FEDERATION_STAFF"]),
  action("app/admin/actions.ts", "createStaff", ["FEDERATION_STAFF"]),
  action("app/admin/actions.ts", "changeUserStatus", ["FEDERATION_STAFF", "SYSTEM_ADMIN"]),
  action("app/admin/actions.ts", "revokeUserSessions", ["FEDERATION_STAFF", "SYSTEM_ADMIN"]),
  action("app/admin/actions.ts", "changeUserRole", ["SYSTEM_ADMIN"]),
  action("app/admin/actions.ts", "saveSettings", ["SYSTEM_ADMIN"]),

  action("app/jobs/actions.ts", "saveJobDraft", ["BUYER"]),
  action("app/jobs/actions.ts", "submitJob", ["BUYER"]),
  action("app/jobs/actions.ts", "changeJobStatus", ["BUYER"]),
  action("app/jobs/actions.ts", "raiseHand", ["FIRM_ADMIN"]),
  action("app/jobs/actions.ts", "withdrawHand", ["FIRM_ADMIN"]),
  action("app/jobs/actions.ts", "askQuestion", ["FIRM_ADMIN", "FIRM_MEMBER"]),
  action("app/jobs/actions.ts", "answerQuestion", ["BUYER"]),
  action("app/jobs/actions.ts", "reviewJob", STAFF),
  route("app/api/jobs/[id]/attachments/route.ts", "POST", ["BUYER"]),
  // Confidential drawings (lib/drawings): the agreement PDF, acceptance, withdrawal, early deletion.
  route("app/api/jobs/[id]/nda/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  route("app/api/jobs/[id]/nda/route.ts", "POST", ["BUYER"]),
  // The buyer's (or staff's) "refresh" of a job's suggestions; the job itself is checked as for the page.
  route("app/api/jobs/[id]/suggestions/refresh/route.ts", "POST", ["BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  action("app/jobs/drawing-actions.ts", "acceptJobNda", ["FIRM_ADMIN"]),
  action("app/jobs/drawing-actions.ts", "withdrawDrawingAccess", ["BUYER"]),
  action("app/jobs/drawing-actions.ts", "deleteJobDrawing", ["BUYER"]),
  action("app/admin/nda-template/actions.ts", "saveNdaTemplate", ["FEDERATION_STAFF"]),
  action("app/groups/actions.ts", "proposeGroup", ["BUYER", "FIRM_ADMIN", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  action("app/groups/actions.ts", "composeGroup", ["BUYER", "FIRM_ADMIN"]),
  action("app/groups/actions.ts", "lookupComposeFirms", ["BUYER", "FIRM_ADMIN"]),
  action("app/groups/actions.ts", "respondToGroup", ["FIRM_ADMIN"]),
  action("app/groups/standing/actions.ts", "formStanding", ["FIRM_ADMIN"]),
  action("app/groups/standing/actions.ts", "updateStanding", ["FIRM_ADMIN", ...STAFF]),
  action("app/groups/standing/actions.ts", "askStandingApproval", ["FIRM_ADMIN", ...STAFF]),
  action("app/groups/standing/actions.ts", "endStanding", ["FIRM_ADMIN", ...STAFF]),
  action("app/groups/standing/actions.ts", "removeStandingMemberAction", ["FIRM_ADMIN", ...STAFF]),
  action("app/groups/actions.ts", "decideGroupApproval", STAFF),
  action("app/groups/actions.ts", "confirmGroupAgreement", ["FIRM_ADMIN"]),
  action("app/groups/actions.ts", "awardGroup", ["BUYER"]),
  action("app/groups/quote-actions.ts", "saveQuoteLine", ["FIRM_ADMIN"]),
  action("app/groups/quote-actions.ts", "saveOfferDraft", ["FIRM_ADMIN"]),
  action("app/groups/quote-actions.ts", "sendOffer", ["FIRM_ADMIN"]),
  action("app/groups/quote-actions.ts", "requestOfferRevision", ["BUYER"]),
  action("app/groups/quote-actions.ts", "declineOffer", ["BUYER"]),
  route("app/api/offers/[id]/pdf/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  action("app/admin/agreement-template/actions.ts", "saveAgreementTemplate", ["FEDERATION_STAFF"]),
  // Orders (lib/orders): the contractor, the cooperative's terms, documents, payments, certificates.
  action("app/orders/actions.ts", "nominateContractor", ["FIRM_ADMIN", ...STAFF]),
  action("app/orders/actions.ts", "decideContractor", ["ASSOCIATION_STAFF"]),
  action("app/orders/actions.ts", "saveCooperativeTerms", ["ASSOCIATION_STAFF"]),
  action("app/orders/actions.ts", "reviseSubOrder", ["FIRM_ADMIN", "ASSOCIATION_STAFF"]),
  action("app/orders/actions.ts", "issueInvoice", ["FIRM_ADMIN", "ASSOCIATION_STAFF"]),
  action("app/orders/actions.ts", "markInvoicePaid", ["FIRM_ADMIN", "BUYER", "ASSOCIATION_STAFF"]),
  action("app/orders/actions.ts", "confirmPaymentReceipt", ["FIRM_ADMIN", "BUYER", "ASSOCIATION_STAFF"]),
  action("app/orders/actions.ts", "issueOrderCertificate", ["FIRM_ADMIN"]),
  route("app/api/order-documents/[id]/pdf/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  route("app/api/certificates/[id]/pdf/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  action("app/groups/actions.ts", "reportStepProgress", ["FIRM_ADMIN", "FIRM_MEMBER"]),
  action("app/groups/actions.ts", "confirmStepHandoff", ["FIRM_ADMIN", "FIRM_MEMBER"]),
  action("app/groups/actions.ts", "recordQualityRecord", ["FIRM_ADMIN", "FIRM_MEMBER"]),
  // Inspection plans and measured results (lib/quality): the buyer or the lead plans; members and the buyer record.
  action("app/groups/inspection-actions.ts", "addPlanCharacteristic", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER"]),
  action("app/groups/inspection-actions.ts", "addPlanTemplate", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER"]),
  action("app/groups/inspection-actions.ts", "removePlanCharacteristic", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER"]),
  action("app/groups/inspection-actions.ts", "recordInspectionLot", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER"]),
  action("app/groups/inspection-actions.ts", "uploadDeliveryDocument", ["FIRM_ADMIN", "FIRM_MEMBER"]),
  route("app/api/inspection-lots/[id]/report/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  // Non-conformances (lib/quality): members and the job's buyer; the lifecycle table decides each move.
  action("app/groups/nc-actions.ts", "raiseNonConformance", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER"]),
  action("app/groups/nc-actions.ts", "assignNonConformance", ["FIRM_ADMIN"]),
  action("app/groups/nc-actions.ts", "moveNonConformance", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER"]),
  action("app/groups/nc-actions.ts", "acknowledgeNonConformanceCost", ["FIRM_ADMIN"]),
  action("app/groups/nc-actions.ts", "recordNcReturn", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER"]),
  action("app/groups/nc-actions.ts", "resolveNcReturn", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER"]),
  action("app/groups/actions.ts", "markGroupDelivered", ["FIRM_ADMIN", "FIRM_MEMBER"]),
  action("app/groups/actions.ts", "acceptGroupDelivery", ["BUYER"]),
  action("app/groups/rating-actions.ts", "rateGroupBuyer", ["FIRM_ADMIN"]),
  action("app/groups/actions.ts", "replaceGroupMember", ["BUYER"]),
  action("app/groups/actions.ts", "resubmitGroup", ["BUYER", ...STAFF]),
  action("app/groups/actions.ts", "cancelGroup", ["BUYER", ...STAFF]),
  route("app/api/groups/[id]/agreement/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  route("app/api/groups/[id]/messages/route.ts", "POST", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  route("app/api/group-files/[id]/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),

  // Inquiries to a firm from its page: business users and staff; only the thread's parties get further.
  action("app/inquiries/actions.ts", "sendInquiry", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  action("app/inquiries/actions.ts", "replyToInquiry", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  route("app/api/inquiry-files/[id]/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  route("app/api/attachments/[id]/route.ts", "GET", ["FIRM_ADMIN", "FIRM_MEMBER", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  action("app/kpi/actions.ts", "recordEvent", STAFF),
  action("app/kpi/actions.ts", "saveKpiTargets", ["FEDERATION_STAFF"]),
  route("app/api/kpi/[chart]/route.ts", "GET", STAFF),
];
