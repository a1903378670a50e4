-- Standing joint-order groups (恒常的な共同受注体制): a group that worked well stays together, keeps
-- the job group it came from, and is suggested by matching as a unit.
ALTER TABLE "JointOrderGroup" ADD COLUMN "originGroupId" UUID;
ALTER TABLE "MatchSuggestion" ADD COLUMN "standingGroupId" UUID;

CREATE INDEX "JointOrderGroup_kind_status_idx" ON "JointOrderGroup"("kind", "status");
CREATE INDEX "JointOrderGroup_originGroupId_idx" ON "JointOrderGroup"("originGroupId");
CREATE INDEX "MatchSuggestion_standingGroupId_idx" ON "MatchSuggestion"("standingGroupId");

ALTER TABLE "JointOrderGroup" ADD CONSTRAINT "JointOrderGroup_originGroupId_fkey" FOREIGN KEY ("originGroupId") REFERENCES "JointOrderGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MatchSuggestion" ADD CONSTRAINT "MatchSuggestion_standingGroupId_fkey" FOREIGN KEY ("standingGroupId") REFERENCES "JointOrderGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;
