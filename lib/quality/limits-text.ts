// A characteristic's limits as people write them on a drawing or a report (pure; page, form and PDF).

/** "19.979 – 20", "≤ 1.6", "≥ 58", the go/no-go label, or "—" for a value recorded for reference
 *  (a template's diameter before the drawing's limits are entered). */
export function limitsText(c: { kind: string; lower: string | null; upper: string | null }, goNoGo: string): string {
  if (c.kind === "ATTRIBUTE") return goNoGo;
  if (c.lower !== null && c.upper !== null) return `${c.lower} – ${c.upper}`;
  if (c.upper !== null) return `≤ ${c.upper}`;
  return c.lower !== null ? `≥ ${c.lower}` : "—";
}
