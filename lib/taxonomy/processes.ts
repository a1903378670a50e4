// The process taxonomy (加工): what a step of a job needs and what a firm offers.
// typicalToleranceUm: the range a capable small factory holds for this process (tightest, loosest);
// usualLeadDays: a typical lead time, used for deadline feasibility warnings.
import type { ProcessCategory } from "@/lib/generated/prisma/enums";

export interface ProcessInfo {
  code: string;
  nameJa: string;
  nameEn: string;
  category: ProcessCategory;
  typicalToleranceUm: readonly [number, number];
  usualLeadDays: number;
}

export const PROCESSES: readonly ProcessInfo[] = [
  { code: "design", nameJa: "設計", nameEn: "Design", category: "DESIGN", typicalToleranceUm: [10, 100], usualLeadDays: 10 },
  { code: "turning", nameJa: "旋盤加工", nameEn: "Turning", category: "CUTTING", typicalToleranceUm: [3, 20], usualLeadDays: 7 },
  { code: "milling", nameJa: "フライス加工", nameEn: "Milling", category: "CUTTING", typicalToleranceUm: [5, 30], usualLeadDays: 7 },
  { code: "machining_center", nameJa: "マシニングセンタ加工", nameEn: "Machining centre", category: "CUTTING", typicalToleranceUm: [3, 20], usualLeadDays: 8 },
  { code: "grinding", nameJa: "研削加工", nameEn: "Grinding", category: "ABRASIVE", typicalToleranceUm: [1, 5], usualLeadDays: 6 },
  { code: "polishing", nameJa: "研磨・ラッピング", nameEn: "Polishing and lapping", category: "ABRASIVE", typicalToleranceUm: [1, 5], usualLeadDays: 5 },
  { code: "edm", nameJa: "放電加工", nameEn: "Electrical discharge machining", category: "ELECTRICAL_DISCHARGE", typicalToleranceUm: [2, 10], usualLeadDays: 8 },
  { code: "wire_edm", nameJa: "ワイヤーカット", nameEn: "Wire EDM", category: "ELECTRICAL_DISCHARGE", typicalToleranceUm: [2, 10], usualLeadDays: 7 },
  { code: "laser_cutting", nameJa: "レーザー加工", nameEn: "Laser cutting", category: "FORMING", typicalToleranceUm: [50, 150], usualLeadDays: 4 },
  { code: "sheet_metal", nameJa: "板金加工", nameEn: "Sheet metal", category: "FORMING", typicalToleranceUm: [50, 200], usualLeadDays: 6 },
  { code: "press", nameJa: "プレス加工", nameEn: "Press working", category: "FORMING", typicalToleranceUm: [20, 100], usualLeadDays: 10 },
  { code: "welding", nameJa: "溶接", nameEn: "Welding", category: "JOINING", typicalToleranceUm: [100, 500], usualLeadDays: 5 },
  { code: "casting", nameJa: "鋳造", nameEn: "Casting", category: "CASTING_FORGING", typicalToleranceUm: [200, 1000], usualLeadDays: 20 },
  { code: "forging", nameJa: "鍛造", nameEn: "Forging", category: "CASTING_FORGING", typicalToleranceUm: [200, 800], usualLeadDays: 18 },
  { code: "heat_treatment", nameJa: "熱処理", nameEn: "Heat treatment", category: "HEAT_TREATMENT", typicalToleranceUm: [10, 50], usualLeadDays: 5 },
  { code: "plating", nameJa: "めっき", nameEn: "Plating", category: "SURFACE", typicalToleranceUm: [2, 10], usualLeadDays: 5 },
  { code: "painting", nameJa: "塗装", nameEn: "Painting", category: "SURFACE", typicalToleranceUm: [20, 80], usualLeadDays: 4 },
  { code: "surface_treatment", nameJa: "表面処理（アルマイト等）", nameEn: "Surface treatment (anodising etc.)", category: "SURFACE", typicalToleranceUm: [5, 20], usualLeadDays: 5 },
  { code: "injection_molding", nameJa: "樹脂成形", nameEn: "Injection moulding", category: "PLASTICS", typicalToleranceUm: [20, 100], usualLeadDays: 20 },
  { code: "additive", nameJa: "3Dプリント", nameEn: "Additive manufacturing", category: "ADDITIVE", typicalToleranceUm: [50, 200], usualLeadDays: 4 },
  { code: "assembly", nameJa: "組立", nameEn: "Assembly", category: "ASSEMBLY", typicalToleranceUm: [10, 100], usualLeadDays: 6 },
  { code: "inspection", nameJa: "検査・測定（三次元測定）", nameEn: "Inspection and measurement (CMM)", category: "INSPECTION", typicalToleranceUm: [1, 5], usualLeadDays: 3 },
];

export const PROCESS_BY_CODE: ReadonlyMap<string, ProcessInfo> = new Map(PROCESSES.map((p) => [p.code, p]));
