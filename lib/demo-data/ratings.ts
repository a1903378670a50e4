// Ratings of a delivered demo order, both ways: the buyer's rating of each member (their mean is
// the group's rating, as lib/ratings keeps it) and most members' ratings of the buyer. Drawn from
// the order's own stream so the seed's main stream, and every record after it, stays as it was.
import { addDays } from "./dates";
import { Random } from "./random";
import type { TableRows } from "./table-rows";

type Stars = { delivery: number; quality: number; communication: number };

export function addDemoRatings(rows: TableRows, order: { orderId: string; memberIds: string[]; groupRating: Stars; ratedAt: Date; today: Date }) {
  const random = new Random(Number.parseInt(order.orderId.slice(0, 8), 16));
  const { memberIds, groupRating } = order;
  // One member a star better on quality and another a star worse keeps the mean at the group's.
  const better = memberIds.length >= 2 ? random.int(0, memberIds.length - 1) : -1;
  const worseIndex = better >= 0 ? (better + 1 + random.int(0, memberIds.length - 2)) % memberIds.length : -1;
  const spread = groupRating.quality > 1 && groupRating.quality < 5;
  memberIds.forEach((memberId, i) => {
    const quality = groupRating.quality + (spread && i === better ? 1 : spread && i === worseIndex ? -1 : 0);
    rows.add("MemberRating", [order.orderId, memberId, groupRating.delivery, quality, groupRating.communication, random.int(3, 5), order.ratedAt.toISOString()]);
    if (random.chance(0.7)) {
      // Firms rate the buyer once they have been paid, a month or so after acceptance.
      const ratedAt = new Date(Math.min(addDays(order.ratedAt, random.int(20, 45)).getTime(), order.today.getTime()));
      rows.add("BuyerRating", [order.orderId, memberId, random.int(3, 5), random.int(2, 5), random.int(3, 5), "", ratedAt.toISOString()]);
    }
  });
}
