-- CreateEnum
CREATE TYPE "Prefecture" AS ENUM ('TOKYO', 'SAITAMA', 'KANAGAWA', 'CHIBA');

-- CreateEnum
CREATE TYPE "MunicipalityKind" AS ENUM ('WARD', 'CITY', 'TOWN', 'VILLAGE');

-- CreateEnum
CREATE TYPE "FirmStatus" AS ENUM ('PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('FIRM_ADMIN', 'FIRM_MEMBER', 'BUYER', 'ASSOCIATION_STAFF', 'FEDERATION_STAFF', 'SYSTEM_ADMIN');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('INVITED', 'ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('ja', 'en');

-- CreateEnum
CREATE TYPE "AuthTokenKind" AS ENUM ('PASSWORD_RESET', 'INVITATION', 'EMAIL_VERIFICATION');

-- CreateEnum
CREATE TYPE "ProcessCategory" AS ENUM ('CUTTING', 'ABRASIVE', 'ELECTRICAL_DISCHARGE', 'FORMING', 'CASTING_FORGING', 'JOINING', 'HEAT_TREATMENT', 'SURFACE', 'PLASTICS', 'ADDITIVE', 'ASSEMBLY', 'INSPECTION', 'DESIGN');

-- CreateEnum
CREATE TYPE "MaterialCategory" AS ENUM ('FERROUS', 'NON_FERROUS', 'PLASTIC', 'CERAMIC', 'COMPOSITE', 'OTHER');

-- CreateEnum
CREATE TYPE "EquipmentKind" AS ENUM ('CNC_LATHE', 'LATHE', 'MACHINING_CENTER', 'MILLING_MACHINE', 'MULTI_TASKING', 'GRINDER', 'EDM', 'WIRE_EDM', 'PRESS', 'PRESS_BRAKE', 'LASER_CUTTER', 'TURRET_PUNCH', 'WELDER', 'FURNACE', 'PLATING_LINE', 'PAINT_BOOTH', 'INJECTION_MOLDING', 'PRINTER_3D', 'CMM', 'MEASURING', 'OTHER');

-- CreateEnum
CREATE TYPE "BuyerIndustry" AS ENUM ('AUTOMOTIVE', 'AEROSPACE', 'MEDICAL', 'ELECTRONICS', 'INDUSTRIAL_MACHINERY', 'ROBOTICS', 'ENERGY', 'RAILWAY', 'PUBLIC_SECTOR', 'CONSUMER', 'STARTUP', 'OTHER');

-- CreateEnum
CREATE TYPE "BuyerStatus" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('DRAFT', 'UNDER_REVIEW', 'OPEN', 'GROUPS_INVITED', 'AWARDED', 'IN_PRODUCTION', 'DELIVERED', 'CLOSED', 'CANCELLED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "JobVisibility" AS ENUM ('ALL_VERIFIED', 'INVITED_ONLY');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('DRAWING', 'SPECIFICATION', 'IMAGE', 'FIRM_LOGO', 'FIRM_PHOTO', 'PROGRESS_PHOTO', 'DOCUMENT');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('JOB', 'STANDING');

-- CreateEnum
CREATE TYPE "ContractModel" AS ENUM ('JOINT_ORDER', 'MEDIATION');

-- CreateEnum
CREATE TYPE "GroupStatus" AS ENUM ('DRAFT', 'INVITING', 'PENDING_APPROVAL', 'SENT_BACK', 'APPROVED', 'AWARDED', 'IN_PRODUCTION', 'DELIVERED', 'CLOSED', 'CANCELLED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REPLACED', 'REMOVED');

-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('PENDING', 'APPROVED', 'SENT_BACK');

-- CreateEnum
CREATE TYPE "QualityRecordKind" AS ENUM ('INSPECTION', 'NON_CONFORMANCE');

-- CreateEnum
CREATE TYPE "InspectionResult" AS ENUM ('PASS', 'FAIL', 'CONDITIONAL');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('CONTRACTED', 'IN_PRODUCTION', 'DELIVERED', 'ACCEPTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('GROUP_INTERNAL', 'GROUP_BUYER');

-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('IMMEDIATE', 'DAILY_DIGEST', 'NEVER');

-- CreateEnum
CREATE TYPE "KpiIndicator" AS ENUM ('ORDER_VALUE_YEN', 'PARTICIPATING_FIRMS', 'GROUPS_FORMED', 'MONTHLY_ACTIVE_FIRMS', 'MATCHES_MADE', 'AVERAGE_ORDER_VALUE_CHANGE_PCT', 'NEW_CUSTOMER_RATE_PCT', 'EVENTS_HELD');

-- CreateEnum
CREATE TYPE "BusinessEventKind" AS ENUM ('TRADE_FAIR', 'BUSINESS_MEETING', 'FACTORY_TOUR', 'SEMINAR');

-- CreateTable
CREATE TABLE "Federation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Federation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "code" TEXT NOT NULL,
    "prefecture" "Prefecture" NOT NULL,
    "kind" "MunicipalityKind" NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Association" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "federationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "isCooperative" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Association_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssociationArea" (
    "associationId" UUID NOT NULL,
    "municipalityCode" TEXT NOT NULL,

    CONSTRAINT "AssociationArea_pkey" PRIMARY KEY ("associationId", "municipalityCode")
);

-- CreateTable
CREATE TABLE "Firm" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "associationId" UUID NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameKana" TEXT,
    "nameEn" TEXT,
    "corporateNumber" TEXT,
    "status" "FirmStatus" NOT NULL DEFAULT 'PENDING',
    "verifiedAt" TIMESTAMPTZ(3),
    "verifiedById" UUID,
    "postalCode" TEXT,
    "prefecture" "Prefecture" NOT NULL,
    "municipalityCode" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "employees" INTEGER NOT NULL,
    "foundedYear" INTEGER,
    "capitalYen" BIGINT,
    "descriptionJa" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "strengthsJa" TEXT NOT NULL DEFAULT '',
    "strengthsEn" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "logoAttachmentId" UUID,
    "profileConfirmedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Firm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "locale" "Locale" NOT NULL DEFAULT 'ja',
    "firmId" UUID,
    "buyerOrgId" UUID,
    "associationId" UUID,
    "federationId" UUID,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMPTZ(3),
    "passwordChangedAt" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" "AuthTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Process" (
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "category" "ProcessCategory" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Process_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Material" (
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "category" "MaterialCategory" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Material_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CertificationType" (
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "CertificationType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Capability" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "firmId" UUID NOT NULL,
    "processCode" TEXT NOT NULL,
    "bestToleranceUm" INTEGER NOT NULL,
    "maxWorkpieceMm" INTEGER NOT NULL,
    "monthlyCapacity" INTEGER NOT NULL,
    "leadTimeDays" INTEGER NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Capability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapabilityMaterial" (
    "capabilityId" UUID NOT NULL,
    "materialCode" TEXT NOT NULL,

    CONSTRAINT "CapabilityMaterial_pkey" PRIMARY KEY ("capabilityId", "materialCode")
);

-- CreateTable
CREATE TABLE "Equipment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "firmId" UUID NOT NULL,
    "kind" "EquipmentKind" NOT NULL,
    "maker" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "year" INTEGER,
    "count" INTEGER NOT NULL DEFAULT 1,
    "travelXMm" INTEGER,
    "travelYMm" INTEGER,
    "travelZMm" INTEGER,
    "maxDiameterMm" INTEGER,
    "tonnage" INTEGER,
    "accuracyUm" INTEGER,
    "specs" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Equipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FirmCertification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "firmId" UUID NOT NULL,
    "certificationCode" TEXT NOT NULL,
    "certificateNumber" TEXT,
    "issuer" TEXT,
    "issuedOn" DATE,
    "expiresOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FirmCertification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuyerOrganization" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "industry" "BuyerIndustry" NOT NULL,
    "status" "BuyerStatus" NOT NULL DEFAULT 'ACTIVE',
    "municipalityCode" TEXT,
    "address" TEXT,
    "website" TEXT,
    "firstJobApprovedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuyerOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "buyerOrgId" UUID NOT NULL,
    "createdById" UUID,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "descriptionJa" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "partName" TEXT NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL,
    "deadline" DATE NOT NULL,
    "answerBy" DATE,
    "deliveryPlace" TEXT NOT NULL DEFAULT '',
    "deliveryMunicipalityCode" TEXT,
    "budgetMinYen" BIGINT,
    "budgetMaxYen" BIGINT,
    "leadCertificationCode" TEXT,
    "visibility" "JobVisibility" NOT NULL DEFAULT 'ALL_VERIFIED',
    "status" "JobStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "awardedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobStep" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "processCode" TEXT NOT NULL,
    "materialCode" TEXT,
    "toleranceUm" INTEGER,
    "sizeMm" INTEGER,
    "quantity" INTEGER NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "JobStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobStatusChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobId" UUID NOT NULL,
    "fromStatus" "JobStatus",
    "toStatus" "JobStatus" NOT NULL,
    "actorId" UUID,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobInvitedFirm" (
    "jobId" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobInvitedFirm_pkey" PRIMARY KEY ("jobId", "firmId")
);

-- CreateTable
CREATE TABLE "HandRaise" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobId" UUID NOT NULL,
    "stepId" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandRaise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobQuestion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobId" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "askedById" UUID,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "answeredById" UUID,
    "answeredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "AttachmentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "jobId" UUID,
    "firmId" UUID,
    "groupId" UUID,
    "messageId" UUID,
    "progressUpdateId" UUID,
    "qualityRecordId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchRun" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobId" UUID NOT NULL,
    "requestedById" UUID,
    "weights" JSONB NOT NULL,
    "candidateCount" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchSuggestion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "matchRunId" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "totalScore" DOUBLE PRECISION NOT NULL,
    "terms" JSONB NOT NULL,
    "reasons" JSONB NOT NULL,
    "assignment" JSONB NOT NULL,
    "leadFirmId" UUID NOT NULL,
    "lowerBound" DOUBLE PRECISION,
    "gap" DOUBLE PRECISION,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchSuggestionMember" (
    "suggestionId" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchSuggestionMember_pkey" PRIMARY KEY ("suggestionId", "firmId")
);

-- CreateTable
CREATE TABLE "JointOrderGroup" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "GroupKind" NOT NULL DEFAULT 'JOB',
    "jobId" UUID,
    "name" TEXT NOT NULL DEFAULT '',
    "descriptionJa" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "contractModel" "ContractModel" NOT NULL DEFAULT 'MEDIATION',
    "contractingAssociationId" UUID,
    "leadFirmId" UUID NOT NULL,
    "status" "GroupStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "sourceSuggestionId" UUID,
    "proposedById" UUID,
    "formedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JointOrderGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "firmId" UUID NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "status" "MemberStatus" NOT NULL DEFAULT 'INVITED',
    "shareBasisPoints" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "invitedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "inviteExpiresAt" TIMESTAMPTZ(3),
    "respondedAt" TIMESTAMPTZ(3),
    "respondedById" UUID,
    "declineReason" TEXT,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupStepAssignment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "jobStepId" UUID,
    "processCode" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "qualityOwnerMemberId" UUID,
    "status" "StepStatus" NOT NULL DEFAULT 'PLANNED',
    "percentComplete" INTEGER NOT NULL DEFAULT 0,
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "actualStart" DATE,
    "actualEnd" DATE,

    CONSTRAINT "GroupStepAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupStatusChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "fromStatus" "GroupStatus",
    "toStatus" "GroupStatus" NOT NULL,
    "actorId" UUID,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupApproval" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "associationId" UUID,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'PENDING',
    "version" INTEGER NOT NULL DEFAULT 0,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementTemplate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version" INTEGER NOT NULL,
    "bodyJa" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "contentJa" TEXT NOT NULL,
    "contentEn" TEXT NOT NULL,
    "generatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementConfirmation" (
    "agreementId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "userId" UUID,
    "confirmedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementConfirmation_pkey" PRIMARY KEY ("agreementId", "memberId")
);

-- CreateTable
CREATE TABLE "ProgressMilestone" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "plannedOn" DATE NOT NULL,
    "achievedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "assignmentId" UUID NOT NULL,
    "authorId" UUID,
    "percent" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Handoff" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "fromAssignmentId" UUID NOT NULL,
    "toAssignmentId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "sentById" UUID,
    "receivedAt" TIMESTAMPTZ(3),
    "receivedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Handoff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityRecord" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "assignmentId" UUID,
    "kind" "QualityRecordKind" NOT NULL,
    "result" "InspectionResult",
    "description" TEXT NOT NULL,
    "responsibleMemberId" UUID,
    "correctiveAction" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QualityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "buyerOrgId" UUID NOT NULL,
    "contractedValueYen" BIGINT NOT NULL,
    "contractedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "deliveredOn" DATE,
    "acceptedOn" DATE,
    "status" "OrderStatus" NOT NULL DEFAULT 'CONTRACTED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderRating" (
    "orderId" UUID NOT NULL,
    "delivery" INTEGER NOT NULL,
    "quality" INTEGER NOT NULL,
    "communication" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "ratedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderRating_pkey" PRIMARY KEY ("orderId")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "jobId" UUID NOT NULL,
    "groupId" UUID,
    "channel" "MessageChannel" NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "linkPath" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "emailedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "inApp" BOOLEAN NOT NULL DEFAULT true,
    "email" "EmailFrequency" NOT NULL DEFAULT 'IMMEDIATE',

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId", "kind")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "actorId" UUID,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "ip" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FirmActivity" (
    "firmId" UUID NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "FirmActivity_pkey" PRIMARY KEY ("firmId", "day")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "federationId" UUID NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "indicator" "KpiIndicator" NOT NULL,
    "target" BIGINT NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "federationId" UUID NOT NULL,
    "associationId" UUID,
    "kind" "BusinessEventKind" NOT NULL,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "heldOn" DATE NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "participants" INTEGER,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BusinessEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Federation_code_key" ON "Federation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Association_code_key" ON "Association"("code");

-- CreateIndex
CREATE INDEX "Association_federationId_idx" ON "Association"("federationId");

-- CreateIndex
CREATE INDEX "AssociationArea_municipalityCode_idx" ON "AssociationArea"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Firm_corporateNumber_key" ON "Firm"("corporateNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Firm_logoAttachmentId_key" ON "Firm"("logoAttachmentId");

-- CreateIndex
CREATE INDEX "Firm_associationId_status_idx" ON "Firm"("associationId", "status");

-- CreateIndex
CREATE INDEX "Firm_municipalityCode_status_idx" ON "Firm"("municipalityCode", "status");

-- CreateIndex
CREATE INDEX "Firm_status_updatedAt_idx" ON "Firm"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_firmId_idx" ON "User"("firmId");

-- CreateIndex
CREATE INDEX "User_buyerOrgId_idx" ON "User"("buyerOrgId");

-- CreateIndex
CREATE INDEX "User_associationId_idx" ON "User"("associationId");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthToken_userId_kind_idx" ON "AuthToken"("userId", "kind");

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- CreateIndex
CREATE INDEX "Capability_processCode_bestToleranceUm_idx" ON "Capability"("processCode", "bestToleranceUm");

-- CreateIndex
CREATE INDEX "Capability_processCode_maxWorkpieceMm_idx" ON "Capability"("processCode", "maxWorkpieceMm");

-- CreateIndex
CREATE UNIQUE INDEX "Capability_firmId_processCode_key" ON "Capability"("firmId", "processCode");

-- CreateIndex
CREATE INDEX "CapabilityMaterial_materialCode_idx" ON "CapabilityMaterial"("materialCode");

-- CreateIndex
CREATE INDEX "Equipment_firmId_idx" ON "Equipment"("firmId");

-- CreateIndex
CREATE INDEX "Equipment_kind_idx" ON "Equipment"("kind");

-- CreateIndex
CREATE INDEX "FirmCertification_certificationCode_expiresOn_idx" ON "FirmCertification"("certificationCode", "expiresOn");

-- CreateIndex
CREATE UNIQUE INDEX "FirmCertification_firmId_certificationCode_key" ON "FirmCertification"("firmId", "certificationCode");

-- CreateIndex
CREATE INDEX "Job_status_deadline_idx" ON "Job"("status", "deadline");

-- CreateIndex
CREATE INDEX "Job_buyerOrgId_status_idx" ON "Job"("buyerOrgId", "status");

-- CreateIndex
CREATE INDEX "Job_status_publishedAt_idx" ON "Job"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "JobStep_processCode_idx" ON "JobStep"("processCode");

-- CreateIndex
CREATE UNIQUE INDEX "JobStep_jobId_position_key" ON "JobStep"("jobId", "position");

-- CreateIndex
CREATE INDEX "JobStatusChange_jobId_createdAt_idx" ON "JobStatusChange"("jobId", "createdAt");

-- CreateIndex
CREATE INDEX "JobStatusChange_toStatus_createdAt_idx" ON "JobStatusChange"("toStatus", "createdAt");

-- CreateIndex
CREATE INDEX "JobInvitedFirm_firmId_idx" ON "JobInvitedFirm"("firmId");

-- CreateIndex
CREATE INDEX "HandRaise_jobId_idx" ON "HandRaise"("jobId");

-- CreateIndex
CREATE INDEX "HandRaise_firmId_idx" ON "HandRaise"("firmId");

-- CreateIndex
CREATE UNIQUE INDEX "HandRaise_stepId_firmId_key" ON "HandRaise"("stepId", "firmId");

-- CreateIndex
CREATE INDEX "JobQuestion_jobId_createdAt_idx" ON "JobQuestion"("jobId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_jobId_idx" ON "Attachment"("jobId");

-- CreateIndex
CREATE INDEX "Attachment_firmId_idx" ON "Attachment"("firmId");

-- CreateIndex
CREATE INDEX "Attachment_groupId_idx" ON "Attachment"("groupId");

-- CreateIndex
CREATE INDEX "MatchRun_jobId_createdAt_idx" ON "MatchRun"("jobId", "createdAt");

-- CreateIndex
CREATE INDEX "MatchRun_createdAt_idx" ON "MatchRun"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MatchSuggestion_matchRunId_rank_key" ON "MatchSuggestion"("matchRunId", "rank");

-- CreateIndex
CREATE INDEX "MatchSuggestionMember_firmId_createdAt_idx" ON "MatchSuggestionMember"("firmId", "createdAt");

-- CreateIndex
CREATE INDEX "JointOrderGroup_jobId_status_idx" ON "JointOrderGroup"("jobId", "status");

-- CreateIndex
CREATE INDEX "JointOrderGroup_status_formedAt_idx" ON "JointOrderGroup"("status", "formedAt");

-- CreateIndex
CREATE INDEX "JointOrderGroup_leadFirmId_idx" ON "JointOrderGroup"("leadFirmId");

-- CreateIndex
CREATE INDEX "GroupMember_firmId_status_idx" ON "GroupMember"("firmId", "status");

-- CreateIndex
CREATE INDEX "GroupMember_status_inviteExpiresAt_idx" ON "GroupMember"("status", "inviteExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "GroupMember_groupId_firmId_key" ON "GroupMember"("groupId", "firmId");

-- CreateIndex
CREATE INDEX "GroupStepAssignment_groupId_idx" ON "GroupStepAssignment"("groupId");

-- CreateIndex
CREATE INDEX "GroupStepAssignment_memberId_idx" ON "GroupStepAssignment"("memberId");

-- CreateIndex
CREATE INDEX "GroupStepAssignment_jobStepId_idx" ON "GroupStepAssignment"("jobStepId");

-- CreateIndex
CREATE INDEX "GroupStatusChange_groupId_createdAt_idx" ON "GroupStatusChange"("groupId", "createdAt");

-- CreateIndex
CREATE INDEX "GroupStatusChange_toStatus_createdAt_idx" ON "GroupStatusChange"("toStatus", "createdAt");

-- CreateIndex
CREATE INDEX "GroupApproval_associationId_status_idx" ON "GroupApproval"("associationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "GroupApproval_groupId_associationId_key" ON "GroupApproval"("groupId", "associationId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementTemplate_version_key" ON "AgreementTemplate"("version");

-- CreateIndex
CREATE INDEX "Agreement_groupId_idx" ON "Agreement"("groupId");

-- CreateIndex
CREATE INDEX "ProgressMilestone_groupId_plannedOn_idx" ON "ProgressMilestone"("groupId", "plannedOn");

-- CreateIndex
CREATE INDEX "ProgressUpdate_assignmentId_createdAt_idx" ON "ProgressUpdate"("assignmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Handoff_groupId_idx" ON "Handoff"("groupId");

-- CreateIndex
CREATE INDEX "QualityRecord_groupId_kind_idx" ON "QualityRecord"("groupId", "kind");

-- CreateIndex
CREATE INDEX "QualityRecord_responsibleMemberId_idx" ON "QualityRecord"("responsibleMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_jobId_key" ON "Order"("jobId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_groupId_key" ON "Order"("groupId");

-- CreateIndex
CREATE INDEX "Order_contractedOn_idx" ON "Order"("contractedOn");

-- CreateIndex
CREATE INDEX "Order_buyerOrgId_contractedOn_idx" ON "Order"("buyerOrgId", "contractedOn");

-- CreateIndex
CREATE INDEX "Order_status_idx" ON "Order"("status");

-- CreateIndex
CREATE INDEX "Message_groupId_channel_createdAt_idx" ON "Message"("groupId", "channel", "createdAt");

-- CreateIndex
CREATE INDEX "Message_jobId_createdAt_idx" ON "Message"("jobId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "FirmActivity_day_idx" ON "FirmActivity"("day");

-- CreateIndex
CREATE UNIQUE INDEX "KpiTarget_federationId_fiscalYear_indicator_key" ON "KpiTarget"("federationId", "fiscalYear", "indicator");

-- CreateIndex
CREATE INDEX "BusinessEvent_federationId_heldOn_idx" ON "BusinessEvent"("federationId", "heldOn");

-- AddForeignKey
ALTER TABLE "Association" ADD CONSTRAINT "Association_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssociationArea" ADD CONSTRAINT "AssociationArea_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssociationArea" ADD CONSTRAINT "AssociationArea_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Firm" ADD CONSTRAINT "Firm_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Firm" ADD CONSTRAINT "Firm_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Firm" ADD CONSTRAINT "Firm_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Firm" ADD CONSTRAINT "Firm_logoAttachmentId_fkey" FOREIGN KEY ("logoAttachmentId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_buyerOrgId_fkey" FOREIGN KEY ("buyerOrgId") REFERENCES "BuyerOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capability" ADD CONSTRAINT "Capability_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capability" ADD CONSTRAINT "Capability_processCode_fkey" FOREIGN KEY ("processCode") REFERENCES "Process"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapabilityMaterial" ADD CONSTRAINT "CapabilityMaterial_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "Capability"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapabilityMaterial" ADD CONSTRAINT "CapabilityMaterial_materialCode_fkey" FOREIGN KEY ("materialCode") REFERENCES "Material"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Equipment" ADD CONSTRAINT "Equipment_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmCertification" ADD CONSTRAINT "FirmCertification_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmCertification" ADD CONSTRAINT "FirmCertification_certificationCode_fkey" FOREIGN KEY ("certificationCode") REFERENCES "CertificationType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerOrganization" ADD CONSTRAINT "BuyerOrganization_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_buyerOrgId_fkey" FOREIGN KEY ("buyerOrgId") REFERENCES "BuyerOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_deliveryMunicipalityCode_fkey" FOREIGN KEY ("deliveryMunicipalityCode") REFERENCES "Municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_leadCertificationCode_fkey" FOREIGN KEY ("leadCertificationCode") REFERENCES "CertificationType"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobStep" ADD CONSTRAINT "JobStep_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobStep" ADD CONSTRAINT "JobStep_processCode_fkey" FOREIGN KEY ("processCode") REFERENCES "Process"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobStep" ADD CONSTRAINT "JobStep_materialCode_fkey" FOREIGN KEY ("materialCode") REFERENCES "Material"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobStatusChange" ADD CONSTRAINT "JobStatusChange_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobInvitedFirm" ADD CONSTRAINT "JobInvitedFirm_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobInvitedFirm" ADD CONSTRAINT "JobInvitedFirm_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandRaise" ADD CONSTRAINT "HandRaise_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandRaise" ADD CONSTRAINT "HandRaise_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "JobStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandRaise" ADD CONSTRAINT "HandRaise_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobQuestion" ADD CONSTRAINT "JobQuestion_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobQuestion" ADD CONSTRAINT "JobQuestion_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_progressUpdateId_fkey" FOREIGN KEY ("progressUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_qualityRecordId_fkey" FOREIGN KEY ("qualityRecordId") REFERENCES "QualityRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRun" ADD CONSTRAINT "MatchRun_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchSuggestion" ADD CONSTRAINT "MatchSuggestion_matchRunId_fkey" FOREIGN KEY ("matchRunId") REFERENCES "MatchRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchSuggestionMember" ADD CONSTRAINT "MatchSuggestionMember_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "MatchSuggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchSuggestionMember" ADD CONSTRAINT "MatchSuggestionMember_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointOrderGroup" ADD CONSTRAINT "JointOrderGroup_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointOrderGroup" ADD CONSTRAINT "JointOrderGroup_contractingAssociationId_fkey" FOREIGN KEY ("contractingAssociationId") REFERENCES "Association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointOrderGroup" ADD CONSTRAINT "JointOrderGroup_leadFirmId_fkey" FOREIGN KEY ("leadFirmId") REFERENCES "Firm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointOrderGroup" ADD CONSTRAINT "JointOrderGroup_sourceSuggestionId_fkey" FOREIGN KEY ("sourceSuggestionId") REFERENCES "MatchSuggestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupStepAssignment" ADD CONSTRAINT "GroupStepAssignment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupStepAssignment" ADD CONSTRAINT "GroupStepAssignment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "GroupMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupStepAssignment" ADD CONSTRAINT "GroupStepAssignment_qualityOwnerMemberId_fkey" FOREIGN KEY ("qualityOwnerMemberId") REFERENCES "GroupMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupStepAssignment" ADD CONSTRAINT "GroupStepAssignment_jobStepId_fkey" FOREIGN KEY ("jobStepId") REFERENCES "JobStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupStatusChange" ADD CONSTRAINT "GroupStatusChange_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupApproval" ADD CONSTRAINT "GroupApproval_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupApproval" ADD CONSTRAINT "GroupApproval_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AgreementTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementConfirmation" ADD CONSTRAINT "AgreementConfirmation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementConfirmation" ADD CONSTRAINT "AgreementConfirmation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "GroupMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressMilestone" ADD CONSTRAINT "ProgressMilestone_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "GroupStepAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handoff" ADD CONSTRAINT "Handoff_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handoff" ADD CONSTRAINT "Handoff_fromAssignmentId_fkey" FOREIGN KEY ("fromAssignmentId") REFERENCES "GroupStepAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handoff" ADD CONSTRAINT "Handoff_toAssignmentId_fkey" FOREIGN KEY ("toAssignmentId") REFERENCES "GroupStepAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityRecord" ADD CONSTRAINT "QualityRecord_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityRecord" ADD CONSTRAINT "QualityRecord_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "GroupStepAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityRecord" ADD CONSTRAINT "QualityRecord_responsibleMemberId_fkey" FOREIGN KEY ("responsibleMemberId") REFERENCES "GroupMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_buyerOrgId_fkey" FOREIGN KEY ("buyerOrgId") REFERENCES "BuyerOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderRating" ADD CONSTRAINT "OrderRating_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "JointOrderGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirmActivity" ADD CONSTRAINT "FirmActivity_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessEvent" ADD CONSTRAINT "BusinessEvent_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessEvent" ADD CONSTRAINT "BusinessEvent_associationId_fkey" FOREIGN KEY ("associationId") REFERENCES "Association"("id") ON DELETE SET NULL ON UPDATE CASCADE;
