// One rule per action: (viewer, resource?) → allowed. Without a resource the rule answers the
// role-level question "may this viewer do this to anything in its scope?" (used first by every
// action and page); with a resource it also checks ownership and scope. Deny by default: a rule
// returns true only for the cases it names.
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Action } from "./actions";
import type { Resource } from "./resources";

type Rule = (viewer: Viewer, resource: Resource | undefined) => boolean;

const FIRM_ROLES = new Set(["FIRM_ADMIN", "FIRM_MEMBER"]);
const STAFF_ROLES = new Set(["ASSOCIATION_STAFF", "FEDERATION_STAFF"]);

export const isFirmUser = (v: Viewer) => FIRM_ROLES.has(v.role) && v.firmId !== null;
export const isVerifiedFirmUser = (v: Viewer) => isFirmUser(v) && v.firmStatus === "VERIFIED";
const isVerifiedFirmAdmin = (v: Viewer) => v.role === "FIRM_ADMIN" && isVerifiedFirmUser(v);
export const isStaff = (v: Viewer) => STAFF_ROLES.has(v.role);
const isBuyer = (v: Viewer) => v.role === "BUYER" && v.buyerOrgId !== null;
const isFederationStaff = (v: Viewer) => v.role === "FEDERATION_STAFF" && v.federationId !== null;
const isAssociationStaff = (v: Viewer) => v.role === "ASSOCIATION_STAFF" && v.associationId !== null;

/** Does the staff member's scope cover this association (and federation, when known)? */
export function staffCovers(v: Viewer, associationId: string, federationId?: string): boolean {
  if (isFederationStaff(v)) return federationId === undefined || federationId === v.federationId;
  if (isAssociationStaff(v)) return associationId === v.associationId;
  return false;
}
const staffCoversAny = (v: Viewer, associationIds: readonly string[]) =>
  isFederationStaff(v) || associationIds.some((id) => staffCovers(v, id));

const ownFirm = (v: Viewer, firmId: string) => isFirmUser(v) && v.firmId === firmId;
const ownBuyer = (v: Viewer, buyerOrgId: string | null) => isBuyer(v) && buyerOrgId !== null && v.buyerOrgId === buyerOrgId;

/** Build a rule that applies `check` to resources of one type and a role-level test without one. */
function on<T extends Resource["type"]>(
  type: T,
  roleLevel: (v: Viewer) => boolean,
  check: (v: Viewer, r: Extract<Resource, { type: T }>) => boolean,
): Rule {
  return (v, r) => {
    if (!roleLevel(v)) return false;
    if (r === undefined) return true;
    return r.type === type && check(v, r as Extract<Resource, { type: T }>);
  };
}

const anyone = () => true;
const signedInBusinessUser = (v: Viewer) => v.role !== "SYSTEM_ADMIN";

/** Is the viewer's organisation one of the two parties of the inquiry (the firm asked, or the sender's organisation)? */
function inquiryParty(v: Viewer, i: Extract<Resource, { type: "inquiry" }>) {
  if (isVerifiedFirmUser(v)) return v.firmId === i.firmId || v.firmId === i.senderFirmId;
  if (isBuyer(v)) return v.buyerOrgId === i.senderBuyerOrgId;
  if (isAssociationStaff(v)) return v.associationId === i.senderAssociationId;
  if (isFederationStaff(v)) return v.federationId === i.senderFederationId;
  return false;
}
const inquiryRoles = (v: Viewer) => isVerifiedFirmUser(v) || isBuyer(v) || isStaff(v);

function groupMember(v: Viewer, g: Extract<Resource, { type: "group" }>) {
  return isVerifiedFirmUser(v) && v.firmId !== null && g.memberFirmIds.includes(v.firmId);
}

type OrderResource = Extract<Resource, { type: "order" }>;
const orderMember = (v: Viewer, o: OrderResource) => isVerifiedFirmUser(v) && v.firmId !== null && o.memberFirmIds.includes(v.firmId);
const orderAssociations = (o: OrderResource) => (o.contractorAssociationId ? [...o.associationIds, o.contractorAssociationId] : o.associationIds);
const contractorStaff = (v: Viewer, o: OrderResource) => isAssociationStaff(v) && !!o.contractorAssociationId && v.associationId === o.contractorAssociationId;

/** A published job that is open to every verified firm, or to which the viewer's firm is invited. */
function firmSeesJob(v: Viewer, j: { published?: boolean; visibleToFirmIds?: readonly string[] }) {
  return j.published === true && (j.visibleToFirmIds === undefined || (v.firmId !== null && j.visibleToFirmIds.includes(v.firmId)));
}

/** A job's drawings, for a firm: it sees the job, and for a confidential job it has agreed and,
 *  once the job is awarded, is in the awarded group. */
function firmReadsDrawings(v: Viewer, d: Extract<Resource, { type: "drawings" }>) {
  if (!isVerifiedFirmUser(v) || v.firmId === null || !firmSeesJob(v, d)) return false;
  if (!d.confidential) return true;
  return d.agreedFirmIds.includes(v.firmId) && (d.awardedFirmIds === undefined || d.awardedFirmIds.includes(v.firmId));
}

export const RULES: Record<Action, Rule> = {
  "profile.view": anyone,
  "profile.update": anyone,
  // Every signed-in user has one; what it lists is each provider's own policy check (lib/start).
  "start.view": anyone,
  // Everyone signed in, except users of a firm that is not verified yet (they see only /pending).
  "notification.view": (v) => !FIRM_ROLES.has(v.role) || isVerifiedFirmUser(v),

  "firm.view": on("firm", signedInBusinessUser, (v, f) =>
    ownFirm(v, f.id) || staffCovers(v, f.associationId, f.federationId) || (f.status === "VERIFIED" && (isVerifiedFirmUser(v) || isBuyer(v)))),
  "firm.directory.view": (v) => isVerifiedFirmUser(v) || isBuyer(v) || isStaff(v),
  "firm.update": on("firm", isVerifiedFirmAdmin, (v, f) => ownFirm(v, f.id)),
  "firm.members.manage": on("firm", isVerifiedFirmAdmin, (v, f) => ownFirm(v, f.id)),
  "firm.verify": on("firm", isStaff, (v, f) => staffCovers(v, f.associationId, f.federationId)),
  "firm.suspend": on("firm", isStaff, (v, f) => staffCovers(v, f.associationId, f.federationId)),
  // The shop floor knows best when it is busy: members declare too, for their own firm only.
  "capacity.declare": on("firm", isVerifiedFirmUser, (v, f) => ownFirm(v, f.id)),
  "capacity.token.manage": on("firm", isVerifiedFirmAdmin, (v, f) => ownFirm(v, f.id)),
  "capacity.overview": on("association", isStaff, (v, a) => staffCovers(v, a.id, a.federationId)),
  // Who may speak for a firm that went down: its admin, or staff covering it.
  "outage.declare": on("firm", (v) => isVerifiedFirmAdmin(v) || isStaff(v), (v, f) =>
    (isVerifiedFirmAdmin(v) && ownFirm(v, f.id)) || staffCovers(v, f.associationId, f.federationId)),
  "outage.list": on("association", isStaff, (v, a) => staffCovers(v, a.id, a.federationId)),
  "substitution.propose": on("group", (v) => isVerifiedFirmAdmin(v) || isStaff(v), (v, g) =>
    (isVerifiedFirmAdmin(v) && v.firmId === g.leadFirmId) || staffCoversAny(v, g.associationIds)),
  "substitution.answer": on("firm", isVerifiedFirmAdmin, (v, f) => ownFirm(v, f.id)),

  "buyerOrg.view": on("buyerOrg", (v) => isBuyer(v) || isStaff(v), (v, b) => ownBuyer(v, b.id) || isStaff(v)),
  "buyerOrg.update": on("buyerOrg", isBuyer, (v, b) => ownBuyer(v, b.id)),
  "job.view": on("job", (v) => isBuyer(v) || isVerifiedFirmUser(v) || isStaff(v), (v, j) =>
    ownBuyer(v, j.buyerOrgId) ||
    isStaff(v) ||
    (isVerifiedFirmUser(v) && firmSeesJob(v, j))),
  "job.create": (v) => isBuyer(v),
  "job.update": on("job", isBuyer, (v, j) => ownBuyer(v, j.buyerOrgId)),
  "job.review": on("job", isStaff, () => true),
  "job.handRaise": on("job", isVerifiedFirmAdmin, (v, j) => firmSeesJob(v, j)),
  "job.ask": on("job", isVerifiedFirmUser, (v, j) => firmSeesJob(v, j)),
  "job.answer": on("job", isBuyer, (v, j) => ownBuyer(v, j.buyerOrgId)),
  // Staff are no party to a job's agreement: they read a confidential job's log, not its drawings.
  "drawing.view": on("drawings", (v) => isBuyer(v) || isVerifiedFirmUser(v) || isStaff(v), (v, d) =>
    ownBuyer(v, d.buyerOrgId) || (isStaff(v) && !d.confidential) || firmReadsDrawings(v, d)),
  "drawing.accept": on("drawings", isVerifiedFirmAdmin, (v, d) => d.confidential && firmSeesJob(v, d)),
  "drawing.manage": on("drawings", isBuyer, (v, d) => ownBuyer(v, d.buyerOrgId)),
  "drawing.log.view": on("drawings", (v) => isBuyer(v) || isStaff(v), (v, d) => ownBuyer(v, d.buyerOrgId) || isStaff(v)),

  "match.view": on("job", (v) => isBuyer(v) || isStaff(v), (v, j) => ownBuyer(v, j.buyerOrgId) || isStaff(v)),
  "match.run": on("job", (v) => isBuyer(v) || isStaff(v), (v, j) => ownBuyer(v, j.buyerOrgId) || isStaff(v)),

  "group.view": on("group", (v) => isVerifiedFirmUser(v) || isBuyer(v) || isStaff(v), (v, g) =>
    groupMember(v, g) || ownBuyer(v, g.buyerOrgId) || staffCoversAny(v, g.associationIds)),
  "group.propose": (v) => isBuyer(v) || isVerifiedFirmAdmin(v) || isStaff(v),
  // The buyer for its own job; a verified firm's admin for a published job it can see (it leads the group).
  "group.compose": on("job", (v) => isBuyer(v) || isVerifiedFirmAdmin(v), (v, j) =>
    ownBuyer(v, j.buyerOrgId) ||
    (isVerifiedFirmAdmin(v) && firmSeesJob(v, j))),
  "group.update": on("group", (v) => isVerifiedFirmAdmin(v) || isStaff(v), (v, g) =>
    (isVerifiedFirmAdmin(v) && v.firmId === g.leadFirmId) || staffCoversAny(v, g.associationIds)),
  "group.respond": on("group", isVerifiedFirmAdmin, (v, g) => groupMember(v, g)),
  "group.approve": on("group", isStaff, (v, g) => staffCoversAny(v, g.associationIds)),
  "group.award": on("group", isBuyer, (v, g) => ownBuyer(v, g.buyerOrgId)),
  "group.resubmit": on("group", (v) => isBuyer(v) || isStaff(v), (v, g) => ownBuyer(v, g.buyerOrgId) || staffCoversAny(v, g.associationIds)),
  "group.cancel": on("group", (v) => isBuyer(v) || isStaff(v), (v, g) => ownBuyer(v, g.buyerOrgId) || staffCoversAny(v, g.associationIds)),
  "group.standing.form": on("group", isVerifiedFirmAdmin, (v, g) => groupMember(v, g)),
  // Prices are a firm's business: a member sees a group's prices only as an admin, or as a
  // shop-floor member when the firm's admin allowed it (Firm.showPricesToMembers). Which lines a
  // non-lead member sees (its own only) is the data layer's filter (lib/quotes/quote-access.ts).
  "quote.view": on("group", (v) => isVerifiedFirmUser(v) || isBuyer(v) || isStaff(v), (v, g) =>
    (groupMember(v, g) && (v.role === "FIRM_ADMIN" || v.firmShowsPrices === true)) || ownBuyer(v, g.buyerOrgId) || staffCoversAny(v, g.associationIds)),
  "quote.price": on("group", isVerifiedFirmAdmin, (v, g) => groupMember(v, g)),
  "offer.send": on("group", isVerifiedFirmAdmin, (v, g) => v.firmId === g.leadFirmId && groupMember(v, g)),
  "offer.compare": on("job", (v) => isBuyer(v) || isStaff(v), (v, j) => ownBuyer(v, j.buyerOrgId) || isStaff(v)),
  "offer.decide": on("group", isBuyer, (v, g) => ownBuyer(v, g.buyerOrgId)),
  "progress.view": on("group", (v) => isVerifiedFirmUser(v) || isBuyer(v) || isStaff(v), (v, g) =>
    groupMember(v, g) || ownBuyer(v, g.buyerOrgId) || staffCoversAny(v, g.associationIds)),
  "progress.report": on("group", isVerifiedFirmUser, (v, g) => groupMember(v, g)),
  "quality.report": on("group", isVerifiedFirmUser, (v, g) => groupMember(v, g)),
  "inspection.plan": on("group", (v) => isVerifiedFirmUser(v) || isBuyer(v), (v, g) => (groupMember(v, g) && v.firmId === g.leadFirmId) || ownBuyer(v, g.buyerOrgId)),
  "inspection.record": on("group", (v) => isVerifiedFirmUser(v) || isBuyer(v), (v, g) => groupMember(v, g) || ownBuyer(v, g.buyerOrgId)),
  "scorecard.view": on("firm", (v) => isVerifiedFirmUser(v) || isStaff(v), (v, f) => ownFirm(v, f.id) || staffCovers(v, f.associationId, f.federationId)),
  "nc.raise": on("group", (v) => isVerifiedFirmUser(v) || isBuyer(v), (v, g) => groupMember(v, g) || ownBuyer(v, g.buyerOrgId)),
  "nc.work": on("group", (v) => isVerifiedFirmUser(v) || isBuyer(v), (v, g) => groupMember(v, g) || ownBuyer(v, g.buyerOrgId)),
  "nc.assign": on("group", isVerifiedFirmAdmin, (v, g) => v.firmId === g.leadFirmId && groupMember(v, g)),
  "nc.acknowledge": on("group", isVerifiedFirmAdmin, (v, g) => groupMember(v, g)),
  "order.view": on("order", (v) => isVerifiedFirmUser(v) || isBuyer(v) || isStaff(v), (v, o) =>
    ownBuyer(v, o.buyerOrgId) || (isVerifiedFirmUser(v) && v.firmId !== null && o.memberFirmIds.includes(v.firmId)) || staffCoversAny(v, o.associationIds)),
  "order.rate": on("order", isBuyer, (v, o) => ownBuyer(v, o.buyerOrgId)),
  "buyer.rate": on("group", isVerifiedFirmAdmin, (v, g) => groupMember(v, g)),
  "contractor.nominate": on("group", (v) => isVerifiedFirmAdmin(v) || isStaff(v), (v, g) =>
    (isVerifiedFirmAdmin(v) && v.firmId === g.leadFirmId) || staffCoversAny(v, g.associationIds)),
  // Only the cooperative's own staff bind it: federation staff do not accept for it.
  "contractor.decide": on("association", isAssociationStaff, (v, a) => v.associationId === a.id),
  "cooperative.manage": on("association", isAssociationStaff, (v, a) => v.associationId === a.id),
  "order.documents.view": on("order", (v) => isVerifiedFirmUser(v) || isBuyer(v) || isStaff(v), (v, o) =>
    ownBuyer(v, o.buyerOrgId) || orderMember(v, o) || staffCoversAny(v, orderAssociations(o))),
  "order.documents.issue": on("order", (v) => isVerifiedFirmAdmin(v) || isAssociationStaff(v), (v, o) =>
    (isVerifiedFirmAdmin(v) && orderMember(v, o)) || contractorStaff(v, o)),
  "payment.record": on("order", (v) => isVerifiedFirmAdmin(v) || isBuyer(v) || isAssociationStaff(v), (v, o) =>
    ownBuyer(v, o.buyerOrgId) || (isVerifiedFirmAdmin(v) && orderMember(v, o)) || contractorStaff(v, o)),
  "certificate.issue": on("order", isVerifiedFirmAdmin, (v, o) => orderMember(v, o)),
  "certificate.list": (v) => isStaff(v),
  "scorecard.list": (v) => isStaff(v),
  "message.send": on("group", (v) => isVerifiedFirmUser(v) || isBuyer(v) || isStaff(v), (v, g) =>
    groupMember(v, g) || ownBuyer(v, g.buyerOrgId) || staffCoversAny(v, g.associationIds)),
  // Anyone in business may ask a verified firm through its page, except the firm's own people. Staff
  // read only the threads their own association (or the federation) started: inquiries are private.
  "inquiry.send": on("firm", inquiryRoles, (v, f) => f.status === "VERIFIED" && !ownFirm(v, f.id)),
  "inquiry.view": on("inquiry", inquiryRoles, inquiryParty),
  "inquiry.reply": on("inquiry", inquiryRoles, inquiryParty),

  "kpi.view": on("association", isStaff, (v, a) => staffCovers(v, a.id, a.federationId)),
  "kpi.targets.manage": (v) => isFederationStaff(v),
  "event.manage": (v) => isStaff(v),
  "agreement.template.manage": (v) => isFederationStaff(v),

  "association.manage": on("association", isFederationStaff, (v, a) => a.federationId === v.federationId),
  "staff.manage": on("user", isFederationStaff, (v, u) =>
    (u.role === "ASSOCIATION_STAFF" || u.role === "FEDERATION_STAFF") && u.federationId === v.federationId),
  "user.manage": (v) => v.role === "SYSTEM_ADMIN",
  "settings.manage": (v) => v.role === "SYSTEM_ADMIN",
  "audit.view": (v) => isFederationStaff(v) || v.role === "SYSTEM_ADMIN",
};
