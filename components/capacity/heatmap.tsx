// Week × process heat map of members' declared free capacity. A table (readable by screen readers,
// each cell says its figures); on a phone it scrolls sideways inside its own box.
import type { CapacityHeatmap } from "@/lib/capacity/overview";
import { cx } from "@/components/ui/cx";

const SHADES = ["bg-white", "bg-green-50", "bg-green-100", "bg-green-200", "bg-green-300", "bg-green-400"];

export function Heatmap({ map, weekLabel, processLabel, cellLabel, processHeader }: {
  map: CapacityHeatmap;
  weekLabel: (week: string) => string;
  processLabel: (p: { nameJa: string; nameEn: string }) => string;
  cellLabel: (args: { week: string; process: string; pieces: number; open: number; declared: number }) => string;
  processHeader: string;
}) {
  const shade = (pieces: number) => (pieces <= 0 || map.maxPieces <= 0 ? SHADES[0] : SHADES[Math.min(SHADES.length - 1, 1 + Math.floor((pieces / map.maxPieces) * (SHADES.length - 2)))]);
  return (
    <div className="max-w-full overflow-x-auto rounded-lg border border-slate-200" data-testid="capacity-heatmap">
      <table className="min-w-full border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-100 px-2 py-2 text-left">{processHeader}</th>
            {map.weeks.map((w) => <th key={w} scope="col" className="whitespace-nowrap bg-slate-100 px-2 py-2 text-right font-bold">{weekLabel(w)}</th>)}
          </tr>
        </thead>
        <tbody>
          {map.processes.map((p) => (
            <tr key={p.code} className="border-t border-slate-200">
              <th scope="row" className="sticky left-0 whitespace-nowrap bg-white px-2 py-2 text-left">{processLabel(p)}</th>
              {p.cells.map((c, i) => (
                <td key={map.weeks[i]} className={cx("px-2 py-2 text-right tabular-nums", shade(c.pieces))} title={cellLabel({ week: weekLabel(map.weeks[i]!), process: processLabel(p), ...c })} aria-label={cellLabel({ week: weekLabel(map.weeks[i]!), process: processLabel(p), ...c })}>
                  {c.declared ? <>{c.pieces.toLocaleString()}<span className="text-slate-700">（{c.open}）</span></> : "–"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
