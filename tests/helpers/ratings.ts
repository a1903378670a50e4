// The per-member ratings a buyer gives on acceptance: the same stars for every accepted member.
import type { Database } from "@/lib/db/client";
import type { MemberRatingInput } from "@/lib/ratings/schemas";

export async function ratingsForEachMember(db: Database, groupId: string, stars: Omit<MemberRatingInput, "memberId">): Promise<MemberRatingInput[]> {
  const members = await db.prisma.groupMember.findMany({ where: { groupId, status: "ACCEPTED" }, select: { id: true } });
  return members.map((m) => ({ memberId: m.id, ...stars }));
}
