"use client";
// The phone screen's heart: one row per week, one tap per row. A tap saves at once (no save button,
// no second page); the row shows what is saved, a failure puts the previous value back and says why.
// A number of pieces opens an inline field saved with Enter or its button.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { declareCapacity } from "@/app/firm/capacity/actions";
import { cx } from "@/components/ui/cx";

type Level = "OPEN" | "SOME" | "NONE" | "PIECES";
const LEVELS: readonly Level[] = ["OPEN", "SOME", "NONE", "PIECES"];
const TONE: Record<Level, string> = {
  OPEN: "border-green-700 bg-green-700 text-white",
  SOME: "border-amber-600 bg-amber-500 text-slate-950",
  NONE: "border-slate-700 bg-slate-700 text-white",
  PIECES: "border-brand-700 bg-brand-700 text-white",
};

export interface WeekCell {
  weekStart: string;
  label: string;
  level: Level | null;
  pieces: number | null;
  stale: boolean;
}

export function WeekTaps({ processCode, processName, cells }: { processCode: string; processName: string; cells: WeekCell[] }) {
  const t = useTranslations("capacity");
  const [rows, setRows] = useState(cells);
  const [status, setStatus] = useState<{ week: string; text: string; error: boolean } | null>(null);
  const [piecesOpen, setPiecesOpen] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function save(weekStart: string, level: Level, pieces?: string) {
    const before = rows;
    setRows((current) => current.map((r) => (r.weekStart === weekStart ? { ...r, level, pieces: level === "PIECES" ? Number(pieces) : null, stale: false } : r)));
    setStatus({ week: weekStart, text: t("saving"), error: false });
    const data = new FormData();
    data.set("processCode", processCode);
    data.set("weekStart", weekStart);
    data.set("level", level);
    if (pieces !== undefined) data.set("pieces", pieces);
    startTransition(async () => {
      const result = await declareCapacity(data);
      if (result.ok) {
        setRows((current) => current.map((r) => (r.weekStart === weekStart ? { ...r, level: result.data.level, pieces: result.data.pieces, stale: false } : r)));
        setStatus({ week: weekStart, text: t("saved"), error: false });
        if (level === "PIECES") setPiecesOpen(null);
      } else {
        setRows(before);
        setStatus({ week: weekStart, text: result.fieldErrors?.pieces ?? result.fieldErrors?.weekStart ?? result.fieldErrors?.processCode ?? result.formError ?? "", error: true });
      }
    });
  }

  return (
    <ul className="flex flex-col divide-y divide-slate-200" data-testid={`capacity-${processCode}`}>
      {rows.map((row) => (
        <li key={row.weekStart} className="flex flex-col gap-2 py-3" data-testid={`week-${processCode}-${row.weekStart}`}>
          <p className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
            <span className="font-bold">{row.label}</span>
            <span className={cx("text-slate-700", row.stale && "text-amber-800")}>
              {row.level === null ? t("unknown") : row.stale ? t("stale") : row.level === "PIECES" ? t("piecesShort", { pieces: row.pieces ?? 0 }) : t(`levels.${row.level}`)}
            </span>
          </p>
          <div className="grid grid-cols-4 gap-1.5" role="group" aria-label={t("weekOf", { date: row.label })}>
            {LEVELS.map((level) => {
              const chosen = row.level === level && !row.stale;
              return (
                <button
                  key={level}
                  type="button"
                  aria-pressed={chosen}
                  aria-label={t("levelLabel", { week: row.label, process: processName, level: t(`levels.${level}`) })}
                  disabled={pending && status?.week === row.weekStart}
                  onClick={() => (level === "PIECES" ? setPiecesOpen(piecesOpen === row.weekStart ? null : row.weekStart) : save(row.weekStart, level))}
                  className={cx(
                    "min-h-11 rounded-md border px-1 text-sm font-bold leading-tight",
                    chosen ? TONE[level] : "border-slate-300 bg-white text-slate-900 hover:border-brand-600",
                  )}
                >
                  {t(`levels.${level}`)}
                </button>
              );
            })}
          </div>
          {piecesOpen === row.weekStart ? (
            <PiecesField label={t("piecesLabel", { week: row.label })} button={t("piecesSave")} initial={row.level === "PIECES" ? String(row.pieces ?? "") : ""} onSave={(value) => save(row.weekStart, "PIECES", value)} />
          ) : null}
          {status?.week === row.weekStart ? (
            <p className={cx("text-sm", status.error ? "text-red-800" : "text-green-800")} aria-live="polite" role={status.error ? "alert" : undefined}>{status.text}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function PiecesField({ label, button, initial, onSave }: { label: string; button: string; initial: string; onSave: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value);
      }}
    >
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        {label}
        <input className="min-h-11 rounded-md border border-slate-400 px-3 text-base" inputMode="numeric" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      </label>
      <button type="submit" className="min-h-11 rounded-md border border-brand-700 bg-brand-700 px-4 font-bold text-white">{button}</button>
    </form>
  );
}
