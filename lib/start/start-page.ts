// Everything a signed-in user's start page (/start) shows: the role's provider's items, most
// urgent first, the KPI headline for staff, and whether two-factor enrolment still blocks the
// account (then nothing else is read: the policy allows such a viewer its own profile only).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import { isFirmViewer } from "@/lib/authz/viewer-kinds";
import type { Database } from "@/lib/db/client";
import { clock } from "@/lib/clock";
import { adminStartItems } from "./admin";
import { buyerStartItems } from "./buyer";
import { firmStartItems } from "./firm";
import { byUrgency, type StartItem } from "./items";
import { kpiHeadline, type KpiHeadline } from "./kpi-headline";
import { staffStartItems } from "./staff";

export interface StartPage {
  twoFactorPending: boolean;
  items: StartItem[];
  headline: KpiHeadline | null;
}

export async function loadStartPage(db: Database, viewer: Viewer, now = clock.now()): Promise<StartPage> {
  authorize(viewer, "start.view");
  if (viewer.twoFactorPending) return { twoFactorPending: true, items: [], headline: null };
  const staff = viewer.role === "ASSOCIATION_STAFF" || viewer.role === "FEDERATION_STAFF";
  const [items, headline] = await Promise.all([
    isFirmViewer(viewer) ? firmStartItems(db, viewer, now)
      : viewer.role === "BUYER" ? buyerStartItems(db, viewer)
      : staff ? staffStartItems(db, viewer, now)
      : adminStartItems(db, viewer),
    staff ? kpiHeadline(db, viewer, now) : Promise.resolve(null),
  ]);
  return { twoFactorPending: false, items: byUrgency(items), headline };
}
