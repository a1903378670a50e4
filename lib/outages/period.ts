// An outage's days as text for people (notifications, decline reasons), and whether it touches a
// window of days. Dates are Tokyo days "YYYY-MM-DD"; no last day means until further notice.
import type { OutageKindValue } from "./schema";

export const KIND_LABELS: Record<OutageKindValue, { ja: string; en: string }> = {
  DISASTER: { ja: "災害", en: "disaster" },
  FIRE: { ja: "火災", en: "fire" },
  BREAKDOWN: { ja: "設備故障", en: "equipment breakdown" },
  ILLNESS: { ja: "病気・人手不足", en: "illness or short of staff" },
  OTHER: { ja: "その他", en: "other" },
};

export function periodText(startsOn: string, endsOn: string | null): { ja: string; en: string } {
  return endsOn ? { ja: `${startsOn}〜${endsOn}`, en: `${startsOn} to ${endsOn}` } : { ja: `${startsOn}〜（未定）`, en: `from ${startsOn} until further notice` };
}

/** The reason stored on an invitation declined for the firm (shown to the buyer as is). */
export function declineReasonText(kind: OutageKindValue, startsOn: string, endsOn: string | null): string {
  return `休止届（${KIND_LABELS[kind].ja}）${periodText(startsOn, endsOn).ja} / outage (${KIND_LABELS[kind].en}) ${periodText(startsOn, endsOn).en}`;
}

/** Does [startsOn, endsOn] touch [from, to)? (to exclusive, as a job's [today, deadline)). */
export function touches(outage: { startsOn: string; endsOn: string | null }, from: string, to: string): boolean {
  return outage.startsOn < to && (outage.endsOn === null || outage.endsOn >= from);
}
