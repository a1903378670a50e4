// The KPI dashboard's figures are the same for every staff member who asks for the same scope,
// period and breakdown, and computing them is about twenty aggregate queries (~350 ms of database
// time for the federation on the 10,000-firm seed): under load the page spent its time there
// (issue 23). They are kept per process for a minute and shared by concurrent requests, like the
// directory's facet counts (decision 015). A write through the dashboard's own forms (targets,
// events) clears this instance's copy at once; other writes (orders, groups, activity) and other
// instances show within KPI_FIGURES_TTL_MS. Who may see a scope is checked before the cache, on
// every request (lib/kpi/dashboard.ts).
import "server-only";
import { processCache, type TtlCache } from "@/lib/cache/ttl-cache";

export const KPI_FIGURES_TTL_MS = 60_000;

export const kpiFiguresCache: TtlCache = processCache("kpi-figures", KPI_FIGURES_TTL_MS);
