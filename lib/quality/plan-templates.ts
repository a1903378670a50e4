// Characteristics commonly checked after each process (検査項目のひな形). The lead or the buyer adds
// a template to a step's plan and then fills in the drawing's own nominal values and tolerances.
// Limits here are typical defaults (Ra ≤ 1.6 µm after turning, HRC 58–62 after hardening, 5–8 µm of
// electroless nickel), never a substitute for the drawing.
import type { CharacteristicKind } from "@/lib/generated/prisma/enums";

export interface TemplateCharacteristic {
  nameJa: string;
  nameEn: string;
  kind: CharacteristicKind;
  unit: string;
  nominal: string | null;
  lower: string | null;
  upper: string | null;
  methodJa: string;
  methodEn: string;
}

const visual: TemplateCharacteristic = { nameJa: "外観（キズ・打痕・バリ）", nameEn: "Appearance (scratches, dents, burrs)", kind: "ATTRIBUTE", unit: "", nominal: null, lower: null, upper: null, methodJa: "目視", methodEn: "Visual" };
const diameter: TemplateCharacteristic = { nameJa: "外径", nameEn: "Outside diameter", kind: "VARIABLE", unit: "mm", nominal: null, lower: null, upper: null, methodJa: "マイクロメータ", methodEn: "Micrometer" };
const length: TemplateCharacteristic = { nameJa: "全長", nameEn: "Overall length", kind: "VARIABLE", unit: "mm", nominal: null, lower: null, upper: null, methodJa: "ノギス", methodEn: "Calipers" };
const roughness = (upper: string): TemplateCharacteristic => ({ nameJa: "面粗さ Ra", nameEn: "Surface roughness Ra", kind: "VARIABLE", unit: "µm", nominal: null, lower: null, upper, methodJa: "表面粗さ計", methodEn: "Surface roughness tester" });

export const PLAN_TEMPLATES: Record<string, readonly TemplateCharacteristic[]> = {
  turning: [diameter, length, roughness("1.6"), visual],
  grinding: [diameter, roughness("0.4"), visual],
  milling: [{ ...length, nameJa: "外形寸法", nameEn: "Outline dimension" }, { nameJa: "穴位置", nameEn: "Hole position", kind: "VARIABLE", unit: "mm", nominal: null, lower: null, upper: null, methodJa: "三次元測定機", methodEn: "CMM" }, roughness("3.2"), visual],
  machining_center: [{ ...length, nameJa: "外形寸法", nameEn: "Outline dimension" }, { nameJa: "穴位置", nameEn: "Hole position", kind: "VARIABLE", unit: "mm", nominal: null, lower: null, upper: null, methodJa: "三次元測定機", methodEn: "CMM" }, roughness("3.2"), visual],
  plating: [{ nameJa: "めっき膜厚", nameEn: "Plating thickness", kind: "VARIABLE", unit: "µm", nominal: null, lower: "5", upper: "8", methodJa: "蛍光X線膜厚計", methodEn: "X-ray fluorescence thickness gauge" }, { nameJa: "密着性", nameEn: "Adhesion", kind: "ATTRIBUTE", unit: "", nominal: null, lower: null, upper: null, methodJa: "テープ試験", methodEn: "Tape test" }, visual],
  heat_treatment: [{ nameJa: "硬さ", nameEn: "Hardness", kind: "VARIABLE", unit: "HRC", nominal: null, lower: "58", upper: "62", methodJa: "ロックウェル硬さ試験機", methodEn: "Rockwell hardness tester" }, { nameJa: "曲がり", nameEn: "Bend", kind: "VARIABLE", unit: "mm", nominal: null, lower: null, upper: "0.05", methodJa: "ダイヤルゲージ", methodEn: "Dial gauge" }],
  press: [{ ...length, nameJa: "外形寸法", nameEn: "Outline dimension" }, { nameJa: "穴径（通り・止まり）", nameEn: "Hole diameter (go/no-go)", kind: "ATTRIBUTE", unit: "", nominal: null, lower: null, upper: null, methodJa: "限界ゲージ", methodEn: "Limit gauge" }, visual],
};

/** The template for a process, or the visual check every part gets. */
export function templateFor(processCode: string): readonly TemplateCharacteristic[] {
  return PLAN_TEMPLATES[processCode] ?? [visual];
}
