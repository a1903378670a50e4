// The policy itself: deny by default, ownership and scope, 404 for out-of-scope objects.
import { describe, expect, it } from "vitest";
import { ACTIONS } from "@/lib/authz/actions";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/authz/errors";
import { authorize, can } from "@/lib/authz/policy";
import type { Resource } from "@/lib/authz/resources";
import { IDS, viewerFor } from "./fixtures";

const firmA: Resource = { type: "firm", id: IDS.firmA, associationId: IDS.associationA, federationId: IDS.federation, status: "VERIFIED" };
const firmB: Resource = { type: "firm", id: IDS.firmB, associationId: IDS.associationB, federationId: IDS.federation, status: "VERIFIED" };
const pendingFirmB: Resource = { ...firmB, status: "PENDING" } as Resource;
const jobOfBuyerA: Resource = { type: "job", id: "j1", buyerOrgId: IDS.buyerA, published: true };
const groupA: Resource = { type: "group", id: "g1", leadFirmId: IDS.firmA, memberFirmIds: [IDS.firmA], associationIds: [IDS.associationA], buyerOrgId: IDS.buyerA };

describe("policy", () => {
  it("denies everything to nobody, and unknown actions to everybody", () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
    expect(can(viewerFor("SYSTEM_ADMIN"), "no.such" as never)).toBe(false);
  });

  it("refuses a resource of the wrong type", () => {
    expect(can(viewerFor("FIRM_ADMIN"), "firm.update", jobOfBuyerA)).toBe(false);
  });

  it("firm A cannot change firm B, and is told 404", () => {
    const adminA = viewerFor("FIRM_ADMIN", "A");
    expect(can(adminA, "firm.update", firmA)).toBe(true);
    expect(can(adminA, "firm.update", firmB)).toBe(false);
    expect(() => authorize(adminA, "firm.update", firmB)).toThrow(NotFoundError);
    expect(can(adminA, "firm.members.manage", firmB)).toBe(false);
  });

  it("firm A may read verified firm B but not pending firm B", () => {
    const memberA = viewerFor("FIRM_MEMBER", "A");
    expect(can(memberA, "firm.view", firmB)).toBe(true);
    expect(can(memberA, "firm.view", pendingFirmB)).toBe(false);
  });

  it("association X staff cannot verify association Y's firms; federation staff can", () => {
    const staffA = viewerFor("ASSOCIATION_STAFF", "A");
    expect(can(staffA, "firm.verify", firmA)).toBe(true);
    expect(can(staffA, "firm.verify", firmB)).toBe(false);
    expect(() => authorize(staffA, "firm.verify", firmB)).toThrow(NotFoundError);
    const fed = viewerFor("FEDERATION_STAFF");
    expect(can(fed, "firm.verify", firmB)).toBe(true);
    expect(can(viewerFor("FEDERATION_STAFF", "A", { federationId: IDS.otherFederation }), "firm.verify", firmB)).toBe(false);
  });

  it("a pending firm can read its own firm but not act", () => {
    const pending = viewerFor("FIRM_ADMIN", "A", { firmStatus: "PENDING" });
    expect(can(pending, "firm.view", { ...firmA, status: "PENDING" } as Resource)).toBe(true);
    expect(can(pending, "firm.update", firmA)).toBe(false);
    expect(can(pending, "job.handRaise", jobOfBuyerA)).toBe(false);
    expect(can(pending, "group.respond", groupA)).toBe(false);
    expect(() => authorize(pending, "firm.update")).toThrow(ForbiddenError);
  });

  it("buyers own their jobs only", () => {
    expect(can(viewerFor("BUYER", "A"), "job.update", jobOfBuyerA)).toBe(true);
    expect(can(viewerFor("BUYER", "B"), "job.update", jobOfBuyerA)).toBe(false);
    expect(can(viewerFor("BUYER", "B"), "job.view", jobOfBuyerA)).toBe(false);
  });

  it("private jobs are seen only by invited firms", () => {
    const privateJob: Resource = { type: "job", id: "j2", buyerOrgId: IDS.buyerA, published: true, visibleToFirmIds: [IDS.firmA] };
    expect(can(viewerFor("FIRM_MEMBER", "A"), "job.view", privateJob)).toBe(true);
    expect(can(viewerFor("FIRM_MEMBER", "B"), "job.view", privateJob)).toBe(false);
    expect(can(viewerFor("FIRM_MEMBER", "A"), "job.view", { ...jobOfBuyerA, published: false } as Resource)).toBe(false);
  });

  it("group approval is limited to the members' associations", () => {
    expect(can(viewerFor("ASSOCIATION_STAFF", "A"), "group.approve", groupA)).toBe(true);
    expect(can(viewerFor("ASSOCIATION_STAFF", "B"), "group.approve", groupA)).toBe(false);
    expect(can(viewerFor("FIRM_ADMIN", "B"), "group.view", groupA)).toBe(false);
    expect(can(viewerFor("BUYER", "B"), "group.award", groupA)).toBe(false);
  });

  it("prices: a group's members see them as admins, shop-floor members only when their firm allows, other firms and buyers never", () => {
    const groupAB: Resource = { ...groupA, memberFirmIds: [IDS.firmA, IDS.firmB], associationIds: [IDS.associationA, IDS.associationB] } as Resource;
    expect(can(viewerFor("FIRM_ADMIN", "A"), "quote.view", groupAB)).toBe(true);
    expect(can(viewerFor("FIRM_MEMBER", "A"), "quote.view", groupAB)).toBe(false);
    expect(can({ ...viewerFor("FIRM_MEMBER", "A"), firmShowsPrices: true }, "quote.view", groupAB)).toBe(true);
    expect(can(viewerFor("FIRM_ADMIN", "B"), "quote.view", groupA)).toBe(false);
    expect(can(viewerFor("BUYER", "A"), "quote.view", groupA)).toBe(true);
    expect(can(viewerFor("BUYER", "B"), "quote.view", groupA)).toBe(false);
    // Only the lead firm sends the offer; every member prices its own steps; only the job's buyer decides.
    expect(can(viewerFor("FIRM_ADMIN", "A"), "offer.send", groupAB)).toBe(true);
    expect(can(viewerFor("FIRM_ADMIN", "B"), "offer.send", groupAB)).toBe(false);
    expect(can(viewerFor("FIRM_ADMIN", "B"), "quote.price", groupAB)).toBe(true);
    expect(can(viewerFor("FIRM_MEMBER", "B"), "quote.price", groupAB)).toBe(false);
    expect(can(viewerFor("BUYER", "A"), "offer.decide", groupA)).toBe(true);
    expect(can(viewerFor("BUYER", "B"), "offer.decide", groupA)).toBe(false);
    expect(can(viewerFor("BUYER", "B"), "offer.compare", jobOfBuyerA)).toBe(false);
  });

  it("staff without two-factor sign-in may only manage their own profile and see their start page (which tells them to enrol)", () => {
    const fed = viewerFor("FEDERATION_STAFF", "A", { twoFactorPending: true });
    expect(can(fed, "profile.update")).toBe(true);
    expect(can(fed, "start.view")).toBe(true);
    for (const action of ACTIONS.filter((a) => !a.startsWith("profile.") && a !== "start.view")) expect(can(fed, action)).toBe(false);
  });

  it("the system admin has no business actions", () => {
    const admin = viewerFor("SYSTEM_ADMIN");
    for (const action of ["firm.verify", "job.create", "group.approve", "kpi.view", "firm.update"] as const) expect(can(admin, action)).toBe(false);
    expect(can(admin, "user.manage")).toBe(true);
    expect(can(admin, "settings.manage")).toBe(true);
  });

  it("authorize throws Unauthenticated without a viewer", () => {
    expect(() => authorize(null, "profile.view")).toThrow(UnauthenticatedError);
  });

  it("orders: each party and the contracting cooperative's own staff, nobody else", () => {
    // An order of buyer A with firm A, contracted by association B's cooperative.
    const order: Resource = { type: "order", id: "o1", buyerOrgId: IDS.buyerA, memberFirmIds: [IDS.firmA], associationIds: [IDS.associationA], contractorAssociationId: IDS.associationB };
    expect(can(viewerFor("BUYER", "A"), "order.documents.view", order)).toBe(true);
    expect(can(viewerFor("BUYER", "B"), "order.documents.view", order)).toBe(false);
    expect(can(viewerFor("FIRM_MEMBER", "A"), "order.documents.view", order)).toBe(true);
    expect(can(viewerFor("FIRM_ADMIN", "B"), "order.documents.view", order)).toBe(false);
    expect(() => authorize(viewerFor("FIRM_ADMIN", "B"), "certificate.issue", order)).toThrow(NotFoundError);
    expect(can(viewerFor("FIRM_ADMIN", "A"), "certificate.issue", order)).toBe(true);
    expect(can(viewerFor("FIRM_MEMBER", "A"), "certificate.issue", order)).toBe(false);
    // The contractor's staff issue its documents and record its payments; the members' staff only read.
    expect(can(viewerFor("ASSOCIATION_STAFF", "B"), "order.documents.issue", order)).toBe(true);
    expect(can(viewerFor("ASSOCIATION_STAFF", "A"), "order.documents.issue", order)).toBe(false);
    expect(can(viewerFor("ASSOCIATION_STAFF", "A"), "order.documents.view", order)).toBe(true);
    expect(can(viewerFor("ASSOCIATION_STAFF", "B"), "payment.record", order)).toBe(true);
    expect(can(viewerFor("FEDERATION_STAFF"), "payment.record", order)).toBe(false);
    // Only an association's own staff accept the contractor role or set its fee — not the federation.
    const associationB: Resource = { type: "association", id: IDS.associationB, federationId: IDS.federation };
    expect(can(viewerFor("ASSOCIATION_STAFF", "B"), "contractor.decide", associationB)).toBe(true);
    expect(can(viewerFor("ASSOCIATION_STAFF", "A"), "contractor.decide", associationB)).toBe(false);
    expect(can(viewerFor("FEDERATION_STAFF"), "contractor.decide", associationB)).toBe(false);
    expect(can(viewerFor("FEDERATION_STAFF"), "cooperative.manage", associationB)).toBe(false);
    // The group's lead (or staff for the group) names the contractor; another member does not.
    const group: Resource = { type: "group", id: "g2", leadFirmId: IDS.firmA, memberFirmIds: [IDS.firmA, IDS.firmB], associationIds: [IDS.associationA, IDS.associationB], buyerOrgId: IDS.buyerA };
    expect(can(viewerFor("FIRM_ADMIN", "A"), "contractor.nominate", group)).toBe(true);
    expect(can(viewerFor("FIRM_ADMIN", "B"), "contractor.nominate", group)).toBe(false);
    expect(can(viewerFor("BUYER", "A"), "contractor.nominate", group)).toBe(false);
  });
});
