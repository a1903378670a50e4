// Who looked at a job's drawings, newest first: shown to the buyer, and to staff on a leak report.
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { DrawingAccessKind } from "@/lib/generated/prisma/enums";

interface Entry {
  id: string;
  fileName: string;
  kind: DrawingAccessKind;
  firmName: string;
  userName: string;
  userId: string | null;
  ipAddress: string;
  at: Date;
}

export async function AccessLogTable({ entries, total }: { entries: Entry[]; total: number }) {
  const t = await getTranslations("drawings.log");
  const format = await getFormatter();
  return (
    <Card>
      <h2 className="text-lg font-bold">{t("title")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      {entries.length === 0 ? <p className="text-sm">{t("empty")}</p> : null}
      {entries.length ? (
        <ol className="flex flex-col divide-y divide-slate-200 text-sm" data-testid="access-log">
          {entries.map((e) => (
            <li key={e.id} className="grid gap-x-3 py-2 sm:grid-cols-[10rem_1fr_auto]">
              <span className="text-slate-600">{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium", timeZone: "Asia/Tokyo" })}</span>
              <span className="min-w-0 break-words">
                <span className="font-bold">{t(e.kind)}</span> · {e.userId ? `${e.firmName} ${e.userName}` : t("system")} · {e.fileName}
              </span>
              <span className="text-slate-500">{t("ip")} {e.ipAddress}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {total > entries.length ? <p className="mt-2 text-sm text-slate-600">{t("more", { shown: entries.length, total })}</p> : null}
    </Card>
  );
}
