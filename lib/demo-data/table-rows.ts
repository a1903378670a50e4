// Rows collected per table during generation, written in foreign-key order at the end.
import type { SqlConnection } from "@/lib/db/sql-connection";
import { bulkInsert, type Cell, type ColumnSpec } from "./bulk-insert";

export const TABLE_COLUMNS = {
  Federation: [["id", "uuid"], ["code", "text"], ["nameJa", "text"], ["nameEn", "text"]],
  Municipality: [["code", "text"], ["prefecture", '"Prefecture"'], ["kind", '"MunicipalityKind"'], ["nameJa", "text"], ["nameEn", "text"], ["latitude", "float8"], ["longitude", "float8"]],
  Association: [["id", "uuid"], ["federationId", "uuid"], ["code", "text"], ["nameJa", "text"], ["nameEn", "text"], ["isCooperative", "bool"]],
  AssociationArea: [["associationId", "uuid"], ["municipalityCode", "text"]],
  Process: [["code", "text"], ["nameJa", "text"], ["nameEn", "text"], ["category", '"ProcessCategory"'], ["sortOrder", "int4"]],
  Material: [["code", "text"], ["nameJa", "text"], ["nameEn", "text"], ["category", '"MaterialCategory"'], ["sortOrder", "int4"]],
  CertificationType: [["code", "text"], ["nameJa", "text"], ["nameEn", "text"]],
  Firm: [["id", "uuid"], ["associationId", "uuid"], ["nameJa", "text"], ["nameKana", "text"], ["nameEn", "text"], ["status", '"FirmStatus"'], ["verifiedAt", "timestamptz"], ["postalCode", "text"], ["prefecture", '"Prefecture"'], ["municipalityCode", "text"], ["address", "text"], ["latitude", "float8"], ["longitude", "float8"], ["employees", "int4"], ["foundedYear", "int4"], ["capitalYen", "int8"], ["descriptionJa", "text"], ["descriptionEn", "text"], ["strengthsJa", "text"], ["strengthsEn", "text"], ["profileConfirmedAt", "timestamptz"], ["createdAt", "timestamptz"], ["updatedAt", "timestamptz"], ["invoiceRegistrationNumber", "text"]],
  BuyerOrganization: [["id", "uuid"], ["name", "text"], ["nameEn", "text"], ["industry", '"BuyerIndustry"'], ["municipalityCode", "text"], ["address", "text"], ["firstJobApprovedAt", "timestamptz"], ["createdAt", "timestamptz"]],
  User: [["id", "uuid"], ["email", "text"], ["name", "text"], ["passwordHash", "text"], ["role", '"Role"'], ["status", '"UserStatus"'], ["locale", '"Locale"'], ["firmId", "uuid"], ["buyerOrgId", "uuid"], ["associationId", "uuid"], ["federationId", "uuid"], ["createdAt", "timestamptz"], ["updatedAt", "timestamptz"]],
  Capability: [["id", "uuid"], ["firmId", "uuid"], ["processCode", "text"], ["bestToleranceUm", "int4"], ["maxWorkpieceMm", "int4"], ["monthlyCapacity", "int4"], ["leadTimeDays", "int4"], ["updatedAt", "timestamptz"]],
  CapabilityMaterial: [["capabilityId", "uuid"], ["materialCode", "text"]],
  Equipment: [["id", "uuid"], ["firmId", "uuid"], ["kind", '"EquipmentKind"'], ["maker", "text"], ["model", "text"], ["year", "int4"], ["count", "int4"], ["travelXMm", "int4"], ["travelYMm", "int4"], ["travelZMm", "int4"], ["maxDiameterMm", "int4"], ["tonnage", "int4"], ["accuracyUm", "int4"], ["specs", "jsonb"], ["updatedAt", "timestamptz"]],
  FirmCertification: [["id", "uuid"], ["firmId", "uuid"], ["certificationCode", "text"], ["certificateNumber", "text"], ["issuer", "text"], ["issuedOn", "date"], ["expiresOn", "date"]],
  Job: [["id", "uuid"], ["buyerOrgId", "uuid"], ["createdById", "uuid"], ["titleJa", "text"], ["titleEn", "text"], ["descriptionJa", "text"], ["descriptionEn", "text"], ["partName", "text"], ["quantity", "int4"], ["deadline", "date"], ["answerBy", "date"], ["deliveryPlace", "text"], ["deliveryMunicipalityCode", "text"], ["budgetMinYen", "int8"], ["budgetMaxYen", "int8"], ["leadCertificationCode", "text"], ["visibility", '"JobVisibility"'], ["status", '"JobStatus"'], ["publishedAt", "timestamptz"], ["awardedAt", "timestamptz"], ["closedAt", "timestamptz"], ["createdAt", "timestamptz"], ["updatedAt", "timestamptz"]],
  JobStep: [["id", "uuid"], ["jobId", "uuid"], ["position", "int4"], ["processCode", "text"], ["materialCode", "text"], ["toleranceUm", "int4"], ["sizeMm", "int4"], ["quantity", "int4"], ["notes", "text"]],
  JobStatusChange: [["id", "uuid"], ["jobId", "uuid"], ["fromStatus", '"JobStatus"'], ["toStatus", '"JobStatus"'], ["actorId", "uuid"], ["createdAt", "timestamptz"]],
  JobInvitedFirm: [["jobId", "uuid"], ["firmId", "uuid"]],
  HandRaise: [["id", "uuid"], ["jobId", "uuid"], ["stepId", "uuid"], ["firmId", "uuid"], ["note", "text"], ["createdAt", "timestamptz"]],
  JobQuestion: [["id", "uuid"], ["jobId", "uuid"], ["firmId", "uuid"], ["askedById", "uuid"], ["question", "text"], ["answer", "text"], ["answeredById", "uuid"], ["answeredAt", "timestamptz"], ["createdAt", "timestamptz"]],
  MatchRun: [["id", "uuid"], ["jobId", "uuid"], ["weights", "jsonb"], ["candidateCount", "int4"], ["durationMs", "int4"], ["createdAt", "timestamptz"]],
  MatchSuggestion: [["id", "uuid"], ["matchRunId", "uuid"], ["rank", "int4"], ["totalScore", "float8"], ["terms", "jsonb"], ["reasons", "jsonb"], ["assignment", "jsonb"], ["leadFirmId", "uuid"], ["createdAt", "timestamptz"]],
  MatchSuggestionMember: [["suggestionId", "uuid"], ["firmId", "uuid"], ["createdAt", "timestamptz"]],
  AgreementTemplate: [["id", "uuid"], ["version", "int4"], ["bodyJa", "text"], ["bodyEn", "text"]],
  NdaTemplate: [["id", "uuid"], ["version", "int4"], ["bodyJa", "text"], ["bodyEn", "text"]],
  JointOrderGroup: [["id", "uuid"], ["kind", '"GroupKind"'], ["jobId", "uuid"], ["name", "text"], ["contractModel", '"ContractModel"'], ["contractingAssociationId", "uuid"], ["leadFirmId", "uuid"], ["status", '"GroupStatus"'], ["sourceSuggestionId", "uuid"], ["formedAt", "timestamptz"], ["createdAt", "timestamptz"], ["updatedAt", "timestamptz"]],
  GroupMember: [["id", "uuid"], ["groupId", "uuid"], ["firmId", "uuid"], ["isLead", "bool"], ["status", '"MemberStatus"'], ["shareBasisPoints", "int4"], ["shareYen", "int8"], ["invitedAt", "timestamptz"], ["inviteExpiresAt", "timestamptz"], ["respondedAt", "timestamptz"], ["declineReason", "text"]],
  GroupStepAssignment: [["id", "uuid"], ["groupId", "uuid"], ["memberId", "uuid"], ["jobStepId", "uuid"], ["processCode", "text"], ["quantity", "int4"], ["qualityOwnerMemberId", "uuid"], ["status", '"StepStatus"'], ["percentComplete", "int4"], ["plannedStart", "date"], ["plannedEnd", "date"], ["actualStart", "date"], ["actualEnd", "date"]],
  GroupStatusChange: [["id", "uuid"], ["groupId", "uuid"], ["fromStatus", '"GroupStatus"'], ["toStatus", '"GroupStatus"'], ["actorId", "uuid"], ["comment", "text"], ["createdAt", "timestamptz"]],
  GroupApproval: [["id", "uuid"], ["groupId", "uuid"], ["associationId", "uuid"], ["status", '"ApprovalStatus"'], ["decidedById", "uuid"], ["decidedAt", "timestamptz"], ["comment", "text"], ["createdAt", "timestamptz"]],
  Agreement: [["id", "uuid"], ["groupId", "uuid"], ["templateId", "uuid"], ["contentJa", "text"], ["contentEn", "text"], ["generatedAt", "timestamptz"]],
  AgreementConfirmation: [["agreementId", "uuid"], ["memberId", "uuid"], ["userId", "uuid"], ["confirmedAt", "timestamptz"]],
  ProgressUpdate: [["id", "uuid"], ["assignmentId", "uuid"], ["authorId", "uuid"], ["percent", "int4"], ["note", "text"], ["createdAt", "timestamptz"]],
  Handoff: [["id", "uuid"], ["groupId", "uuid"], ["fromAssignmentId", "uuid"], ["toAssignmentId", "uuid"], ["quantity", "int4"], ["sentAt", "timestamptz"], ["sentById", "uuid"], ["receivedAt", "timestamptz"], ["receivedById", "uuid"]],
  QualityRecord: [["id", "uuid"], ["groupId", "uuid"], ["assignmentId", "uuid"], ["kind", '"QualityRecordKind"'], ["result", '"InspectionResult"'], ["description", "text"], ["responsibleMemberId", "uuid"], ["correctiveAction", "text"], ["closedAt", "timestamptz"], ["createdAt", "timestamptz"]],
  QuoteLine: [["id", "uuid"], ["assignmentId", "uuid"], ["groupId", "uuid"], ["memberId", "uuid"], ["firmId", "uuid"], ["unitPriceYen", "int8"], ["setupYen", "int8"], ["toolingYen", "int8"], ["materialSupply", '"MaterialSupply"'], ["materialYen", "int8"], ["leadTimeDays", "int4"], ["earliestStart", "date"], ["validUntil", "date"], ["conditions", "text"], ["createdAt", "timestamptz"], ["updatedAt", "timestamptz"]],
  ContractorNomination: [["id", "uuid"], ["groupId", "uuid"], ["associationId", "uuid"], ["status", '"ContractorStatus"'], ["feeRateBasisPoints", "int4"], ["requestedById", "uuid"], ["requestedAt", "timestamptz"], ["decidedAt", "timestamptz"]],
  GroupOffer: [["id", "uuid"], ["groupId", "uuid"], ["jobId", "uuid"], ["version", "int4"], ["replacesId", "uuid"], ["number", "text"], ["status", '"OfferStatus"'], ["rowVersion", "int4"], ["coordinationFeeYen", "int8"], ["transportYen", "int8"], ["showBreakdown", "bool"], ["validUntil", "date"], ["paymentTerms", "text"], ["deliveryPlace", "text"], ["conditions", "text"], ["subtotalYen", "int8"], ["taxYen", "int8"], ["totalYen", "int8"], ["committedDelivery", "date"], ["sentAt", "timestamptz"], ["sentById", "uuid"], ["decidedAt", "timestamptz"], ["declineReason", '"OfferDeclineReason"'], ["createdAt", "timestamptz"]],
  OfferLine: [["id", "uuid"], ["offerId", "uuid"], ["position", "int4"], ["kind", '"OfferLineKind"'], ["assignmentId", "uuid"], ["memberId", "uuid"], ["firmId", "uuid"], ["stepPosition", "int4"], ["processCode", "text"], ["materialCode", "text"], ["materialCategory", '"MaterialCategory"'], ["quantity", "int4"], ["unitPriceYen", "int8"], ["setupYen", "int8"], ["toolingYen", "int8"], ["materialSupply", '"MaterialSupply"'], ["materialYen", "int8"], ["amountYen", "int8"], ["taxRatePercent", "int4"], ["leadTimeDays", "int4"], ["earliestStart", "date"], ["validUntil", "date"], ["plannedStart", "date"], ["plannedEnd", "date"], ["transitDaysIn", "int4"], ["critical", "bool"]],
  OfferStatusChange: [["id", "uuid"], ["offerId", "uuid"], ["fromStatus", '"OfferStatus"'], ["toStatus", '"OfferStatus"'], ["actorId", "uuid"], ["reason", '"OfferDeclineReason"'], ["comment", "text"], ["createdAt", "timestamptz"]],
  Order: [["id", "uuid"], ["jobId", "uuid"], ["groupId", "uuid"], ["buyerOrgId", "uuid"], ["offerId", "uuid"], ["contractedValueYen", "int8"], ["contractedOn", "date"], ["dueOn", "date"], ["deliveredOn", "date"], ["acceptedOn", "date"], ["status", '"OrderStatus"'], ["createdAt", "timestamptz"]],
  OrderRating: [["orderId", "uuid"], ["delivery", "int4"], ["quality", "int4"], ["communication", "int4"], ["comment", "text"], ["createdAt", "timestamptz"]],
  MemberRating: [["orderId", "uuid"], ["memberId", "uuid"], ["delivery", "int4"], ["quality", "int4"], ["communication", "int4"], ["price", "int4"], ["createdAt", "timestamptz"]],
  BuyerRating: [["orderId", "uuid"], ["memberId", "uuid"], ["paymentOnTime", "int4"], ["specChanges", "int4"], ["communication", "int4"], ["comment", "text"], ["createdAt", "timestamptz"]],
  NonConformance: [["id", "uuid"], ["groupId", "uuid"], ["assignmentId", "uuid"], ["source", '"NcSource"'], ["status", '"NcStatus"'], ["description", "text"], ["quantityAffected", "int4"], ["raisedById", "uuid"], ["raisedByFirmId", "uuid"], ["raisedByBuyerOrgId", "uuid"], ["responsibleMemberId", "uuid"], ["agreementClause", "text"], ["costYen", "int8"], ["containment", "text"], ["cause", '"NcCause"'], ["rootCause", "text"], ["correctiveAction", "text"], ["verification", "text"], ["closedAt", "timestamptz"], ["createdAt", "timestamptz"], ["updatedAt", "timestamptz"]],
  // Ids are the database's own (gen_random_uuid): the seed's random stream stays as it was.
  NcCostShare: [["ncId", "uuid"], ["memberId", "uuid"], ["basisPoints", "int4"], ["acknowledgedAt", "timestamptz"]],
  NcEvent: [["ncId", "uuid"], ["fromStatus", '"NcStatus"'], ["toStatus", '"NcStatus"'], ["actorId", "uuid"], ["note", "text"], ["createdAt", "timestamptz"]],
  Notification: [["id", "uuid"], ["userId", "uuid"], ["kind", "text"], ["params", "jsonb"], ["linkPath", "text"], ["readAt", "timestamptz"], ["createdAt", "timestamptz"]],
  AuditLog: [["id", "uuid"], ["actorId", "uuid"], ["actorRole", '"Role"'], ["action", "text"], ["targetType", "text"], ["targetId", "text"], ["ip", "text"], ["details", "jsonb"], ["createdAt", "timestamptz"]],
  FirmActivity: [["firmId", "uuid"], ["day", "date"]],
  KpiTarget: [["id", "uuid"], ["federationId", "uuid"], ["fiscalYear", "int4"], ["indicator", '"KpiIndicator"'], ["target", "int8"], ["updatedAt", "timestamptz"]],
  CapacityDeclaration: [["firmId", "uuid"], ["processCode", "text"], ["weekStart", "date"], ["level", '"CapacityLevel"'], ["pieces", "int4"], ["declaredAt", "timestamptz"], ["declaredById", "uuid"]],
  BusinessEvent: [["id", "uuid"], ["federationId", "uuid"], ["associationId", "uuid"], ["kind", '"BusinessEventKind"'], ["titleJa", "text"], ["titleEn", "text"], ["heldOn", "date"], ["place", "text"], ["participants", "int4"], ["createdAt", "timestamptz"]],
} as const satisfies Record<string, readonly ColumnSpec[]>;

export type TableName = keyof typeof TABLE_COLUMNS;

/** Tables in the order their foreign keys allow inserting them. */
const INSERT_ORDER = Object.keys(TABLE_COLUMNS) as TableName[];

export class TableRows {
  private readonly rows = new Map<TableName, Cell[][]>();

  add(table: TableName, row: Cell[]): void {
    if (row.length !== TABLE_COLUMNS[table].length) throw new Error(`${table}: ${row.length} cells for ${TABLE_COLUMNS[table].length} columns`);
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    list.push(row);
  }

  count(table: TableName): number {
    return this.rows.get(table)?.length ?? 0;
  }

  /** The first column (the id) of every row added to a table, in the order added. */
  ids(table: TableName): string[] {
    return (this.rows.get(table) ?? []).map((row) => String(row[0]));
  }

  counts(): Record<string, number> {
    return Object.fromEntries(INSERT_ORDER.filter((t) => this.count(t) > 0).map((t) => [t, this.count(t)]));
  }

  async writeTo(sql: SqlConnection): Promise<void> {
    for (const table of INSERT_ORDER) {
      const rows = this.rows.get(table);
      if (rows?.length) await bulkInsert(sql, table, TABLE_COLUMNS[table], rows);
    }
  }
}
