// The buyer's own jobs, newest first, with what needs the buyer's attention: one tab of statuses at
// a time (open, ordered, finished) and a page of them, so a buyer with many jobs is not handed one
// long list.
import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import { getPrisma } from "@/lib/db/client";
import { NO_ID } from "@/lib/authz/scope";
import type { JobStatus } from "@/lib/generated/prisma/enums";

export const BUYER_JOBS_PAGE_SIZE = 20;

/** The tabs and the statuses each one holds; every status is in exactly one tab. */
export const BUYER_JOB_TABS = {
  open: ["DRAFT", "UNDER_REVIEW", "OPEN", "GROUPS_INVITED"],
  ordered: ["AWARDED", "IN_PRODUCTION", "DELIVERED"],
  finished: ["CLOSED", "CANCELLED", "EXPIRED"],
} as const satisfies Record<string, readonly JobStatus[]>;
export type BuyerJobTab = keyof typeof BUYER_JOB_TABS;
const TAB_NAMES = Object.keys(BUYER_JOB_TABS) as BuyerJobTab[];

/** The list's place as it lives in the URL; a malformed value falls back, never an error page. */
export const buyerJobsQuerySchema = z.object({
  tab: z.enum(TAB_NAMES as [BuyerJobTab, ...BuyerJobTab[]]).default("open").catch("open"),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
});
export type BuyerJobsQuery = z.output<typeof buyerJobsQuerySchema>;

export function parseBuyerJobsQuery(params: Record<string, string | string[] | undefined>): BuyerJobsQuery {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v);
  return buyerJobsQuerySchema.parse({ tab: first(params.tab), page: first(params.page) });
}

export async function listOwnJobs(viewer: Viewer, query: BuyerJobsQuery = { tab: "open", page: 1 }) {
  authorize(viewer, "job.create");
  const prisma = await getPrisma();
  const own = { buyerOrgId: viewer.buyerOrgId ?? NO_ID };
  const [jobs, byStatus] = await Promise.all([
    prisma.job.findMany({
      where: { ...own, status: { in: [...BUYER_JOB_TABS[query.tab]] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * BUYER_JOBS_PAGE_SIZE,
      take: BUYER_JOBS_PAGE_SIZE,
      select: {
        id: true, titleJa: true, titleEn: true, status: true, deadline: true, createdAt: true,
        steps: { orderBy: { position: "asc" }, select: { processCode: true } },
        _count: { select: { handRaises: true, questions: { where: { answer: null } } } },
      },
    }),
    prisma.job.groupBy({ by: ["status"], where: own, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(TAB_NAMES.map((tab) => [tab, byStatus.filter((s) => (BUYER_JOB_TABS[tab] as readonly JobStatus[]).includes(s.status)).reduce((sum, s) => sum + s._count._all, 0)])) as Record<BuyerJobTab, number>;
  return { jobs, counts, total: counts[query.tab], pages: Math.max(1, Math.ceil(counts[query.tab] / BUYER_JOBS_PAGE_SIZE)) };
}
