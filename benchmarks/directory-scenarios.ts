// The directory searches both directory benchmarks run (data layer: directory.ts; the whole page
// over HTTP: directory-page.ts): the common searches, plus distance sort and a deep page,
// with values that occur in the seeded data and vary per run.
import type { SqlConnection } from "@/lib/db/sql-connection";
import { declarationWeeks, searchableMonths } from "@/lib/capacity/weeks";
import { clock } from "@/lib/clock";

/** Values that occur in the data, so every query has something to find. */
export async function vocabulary(sql: SqlConnection) {
  const pick = async (text: string) => (await sql.query<{ v: string }>(text)).map((r) => r.v);
  const wards = await pick(`SELECT "municipalityCode" AS v FROM "Firm" WHERE status = 'VERIFIED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 12`);
  const processes = await pick(`SELECT "processCode" AS v FROM "Capability" GROUP BY 1 ORDER BY count(*) DESC LIMIT 8`);
  const materials = await pick(`SELECT "materialCode" AS v FROM "CapabilityMaterial" GROUP BY 1 ORDER BY count(*) DESC LIMIT 6`);
  const certs = await pick(`SELECT "certificationCode" AS v FROM "FirmCertification" GROUP BY 1 ORDER BY count(*) DESC LIMIT 3`);
  const kana = await pick(`SELECT DISTINCT left("nameKana", 4) AS v FROM "Firm" WHERE "nameKana" IS NOT NULL ORDER BY 1 LIMIT 20`);
  const names = await pick(`SELECT DISTINCT split_part("nameEn", ' ', 1) AS v FROM "Firm" WHERE "nameEn" IS NOT NULL ORDER BY 1 LIMIT 20`);
  const models = await pick(`SELECT DISTINCT left(model, 5) AS v FROM "Equipment" ORDER BY 1 LIMIT 20`);
  if (!wards.length || !processes.length) throw new Error("the database has no firms: seed it first");
  const now = clock.now();
  return { wards, processes, materials, certs, kana, names, models, months: searchableMonths(now), weeks: declarationWeeks(now) };
}

export type Vocabulary = Awaited<ReturnType<typeof vocabulary>>;
const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;
// Hiragana and half-width forms of the same katakana word, as users type them.
const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

export const SCENARIOS: { name: string; params: (v: Vocabulary, i: number) => Record<string, string> }[] = [
  { name: "text (kana name, hiragana)", params: (v, i) => ({ q: toHiragana(at(v.kana, i)) }) },
  { name: "text (English, lower case)", params: (v, i) => ({ q: at(v.names, i).toLowerCase() }) },
  { name: "text (machine model)", params: (v, i) => ({ q: at(v.models, i) }) },
  { name: "text (common word 精密)", params: () => ({ q: "精密" }) },
  { name: "process + ward", params: (v, i) => ({ process: at(v.processes, i), area: at(v.wards, i * 7) }) },
  { name: "process + tolerance + material", params: (v, i) => ({ process: at(v.processes, i), tolMax: String(5 + (i % 4) * 5), material: at(v.materials, i) }) },
  { name: "three facets + text", params: (v, i) => ({ q: at(["精密", "試作", "短納期", "アルミ", "量産"], i), process: at(v.processes, i), area: at(v.wards, i), cert: at(v.certs, i) }) },
  { name: "process, distance sort", params: (v, i) => ({ process: at(v.processes, i), sort: "distance", near: at(v.wards, i) }) },
  { name: "process + 空きあり in a month", params: (v, i) => ({ process: at(v.processes, i), free: at(v.months, i) }) },
  { name: "process + ward + 空きあり in a week", params: (v, i) => ({ process: at(v.processes, i), area: at(v.wards, i), free: at(v.weeks, i) }) },
  { name: "no filter, page 40", params: (_v, i) => ({ page: String(40 + (i % 5)) }) },
];
