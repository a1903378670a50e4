// What a start page lists: one thing that needs the signed-in user now, one tap from where it is
// done. Providers (./firm.ts, ./buyer.ts, ./staff.ts, ./admin.ts) read the database; this file
// only says what an item is and in which order the page shows them.

/** Message key of the item under `start.items` (messages/<locale>/start.json). */
export type StartKind =
  // firm
  | "invitation"
  | "priceSteps"
  | "sendOffer"
  | "reportStep"
  | "receiveHandoff"
  | "sendHandoff"
  | "fittingJob"
  | "fittingJobs"
  | "awaitingVerification"
  // buyer
  | "compareOffers"
  | "pickSuggestion"
  | "resubmitGroup"
  | "awaitingApproval"
  | "answerQuestions"
  | "acceptDelivery"
  // association and federation staff
  | "verifyFirms"
  | "approveGroup"
  | "contractorRequest"
  | "reviewJobs"
  | "lateStep"
  // system admin
  | "invitedUsers"
  | "staffWithoutTwoFactor"
  | "disabledUsers"
  | "settings";

export interface Bilingual {
  ja: string;
  en: string;
}

export interface StartItem {
  kind: StartKind;
  /** Where the user does it. */
  href: string;
  /** What it is about (a job's title, a firm's name), in both languages; null for a count. */
  subject: Bilingual | null;
  /** When it falls due (an invitation's expiry, an offer's validity, a step's planned end); null: no date. */
  due: Date | null;
  /** How many, for items that stand for several things (firms to verify, fitting jobs). */
  count?: number;
}

/** Due before `now`: shown first and marked overdue. */
export const isOverdue = (item: StartItem, now: Date) => item.due !== null && item.due.getTime() < now.getTime();

/**
 * Most urgent first: overdue items, then the rest by due date (soonest first), then items without
 * a date in the order their provider listed them (which is the order of importance for that role).
 * Stable, so equal items keep the provider's order.
 */
export function byUrgency(items: readonly StartItem[]): StartItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const da = a.item.due?.getTime() ?? Number.POSITIVE_INFINITY;
      const db = b.item.due?.getTime() ?? Number.POSITIVE_INFINITY;
      if (da !== db) return da < db ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
