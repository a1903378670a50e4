// A non-conformance's stage as a coloured label: open ones in red, closed in green, withdrawn grey.
import { useTranslations } from "next-intl";
import type { NcStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<NcStatus, string> = {
  RAISED: "bg-red-100 text-red-900",
  ASSIGNED: "bg-amber-100 text-amber-900",
  CONTAINED: "bg-amber-100 text-amber-900",
  CAUSE_FOUND: "bg-amber-100 text-amber-900",
  CORRECTED: "bg-sky-100 text-sky-900",
  CLOSED: "bg-green-100 text-green-900",
  WITHDRAWN: "bg-slate-100 text-slate-700",
};

export function NcStatusBadge({ status }: { status: NcStatus }) {
  const t = useTranslations("quality.nc.status");
  return <span className={`rounded-full px-2 py-0.5 text-xs font-bold ${TONE[status]}`} data-testid="nc-status">{t(status)}</span>;
}
