// One dashboard chart's data as CSV (the same rows the chart draws), for staff who may see the KPIs
// of the scope asked for. Query: ?period=FY2026|FY2026-Q1|2026-05&association=<id>&breakdown=<dimension>.
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { chartCsv, chartRows, isChartId } from "@/lib/kpi/charts";
import { loadKpiDashboard } from "@/lib/kpi/dashboard";
import { kpiFiguresCache } from "@/lib/kpi/figures-cache";
import { fiscalYearOfDate } from "@/lib/kpi/period";
import { dashboardParamsSchema } from "@/lib/kpi/schemas";
import { clock } from "@/lib/clock";

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const gate = await permissionForRoute("kpi.view");
  if ("response" in gate) return gate.response;
  const { chart } = await params;
  if (!isChartId(chart)) return NextResponse.json({ error: "not found" }, { status: 404 });
  const query = dashboardParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (chart === "breakdown" && !query.breakdown) return NextResponse.json({ error: "breakdown required" }, { status: 400 });
  try {
    const period = query.period ?? { kind: "fy" as const, fiscalYear: fiscalYearOfDate(clock.now()) };
    const dashboard = await loadKpiDashboard(await getDatabase(), gate.viewer, { period, associationId: query.association, breakdown: query.breakdown }, kpiFiguresCache);
    // A byte-order mark so spreadsheet programs read the UTF-8 (Japanese) correctly.
    const body = `\uFEFF${chartCsv(chartRows(dashboard, chart))}`;
    const name = `kpi-${chart.toLowerCase()}-${dashboard.range.code}${query.breakdown && chart === "breakdown" ? `-${query.breakdown}` : ""}.csv`;
    return new Response(body, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}
