import type { MaterialCategory } from "@/lib/generated/prisma/enums";

export interface MaterialInfo {
  code: string;
  nameJa: string;
  nameEn: string;
  category: MaterialCategory;
}

export const MATERIALS: readonly MaterialInfo[] = [
  { code: "ss400", nameJa: "SS400（一般構造用圧延鋼）", nameEn: "SS400 structural steel", category: "FERROUS" },
  { code: "s45c", nameJa: "S45C（機械構造用炭素鋼）", nameEn: "S45C carbon steel", category: "FERROUS" },
  { code: "scm440", nameJa: "SCM440（クロムモリブデン鋼）", nameEn: "SCM440 chromium-molybdenum steel", category: "FERROUS" },
  { code: "skd11", nameJa: "SKD11（合金工具鋼）", nameEn: "SKD11 tool steel", category: "FERROUS" },
  { code: "suj2", nameJa: "SUJ2（軸受鋼）", nameEn: "SUJ2 bearing steel", category: "FERROUS" },
  { code: "spcc", nameJa: "SPCC（冷間圧延鋼板）", nameEn: "SPCC cold-rolled sheet", category: "FERROUS" },
  { code: "sus304", nameJa: "SUS304（ステンレス）", nameEn: "SUS304 stainless steel", category: "FERROUS" },
  { code: "sus316", nameJa: "SUS316（ステンレス）", nameEn: "SUS316 stainless steel", category: "FERROUS" },
  { code: "fc250", nameJa: "FC250（ねずみ鋳鉄）", nameEn: "FC250 grey cast iron", category: "FERROUS" },
  { code: "a5052", nameJa: "A5052（アルミニウム合金）", nameEn: "A5052 aluminium alloy", category: "NON_FERROUS" },
  { code: "a6061", nameJa: "A6061（アルミニウム合金）", nameEn: "A6061 aluminium alloy", category: "NON_FERROUS" },
  { code: "a7075", nameJa: "A7075（超々ジュラルミン）", nameEn: "A7075 aluminium alloy", category: "NON_FERROUS" },
  { code: "c3604", nameJa: "C3604（快削黄銅）", nameEn: "C3604 free-cutting brass", category: "NON_FERROUS" },
  { code: "c1100", nameJa: "C1100（タフピッチ銅）", nameEn: "C1100 copper", category: "NON_FERROUS" },
  { code: "ti64", nameJa: "Ti-6Al-4V（チタン合金）", nameEn: "Ti-6Al-4V titanium alloy", category: "NON_FERROUS" },
  { code: "inconel718", nameJa: "インコネル718", nameEn: "Inconel 718", category: "NON_FERROUS" },
  { code: "pom", nameJa: "POM（ポリアセタール）", nameEn: "POM (acetal)", category: "PLASTIC" },
  { code: "peek", nameJa: "PEEK", nameEn: "PEEK", category: "PLASTIC" },
  { code: "pc", nameJa: "PC（ポリカーボネート）", nameEn: "PC (polycarbonate)", category: "PLASTIC" },
  { code: "abs", nameJa: "ABS樹脂", nameEn: "ABS", category: "PLASTIC" },
  { code: "pa66", nameJa: "PA66（ナイロン）", nameEn: "PA66 (nylon)", category: "PLASTIC" },
  { code: "cfrp", nameJa: "CFRP（炭素繊維強化樹脂）", nameEn: "CFRP", category: "COMPOSITE" },
  { code: "alumina", nameJa: "アルミナセラミックス", nameEn: "Alumina ceramics", category: "CERAMIC" },
];

/** Which materials a process usually works on (a firm offering the process picks from these). */
export const MATERIALS_BY_PROCESS: Readonly<Record<string, readonly string[]>> = {
  design: ["ss400", "s45c", "sus304", "a5052", "a6061", "abs", "pc"],
  turning: ["s45c", "scm440", "sus304", "sus316", "a5052", "a6061", "c3604", "suj2", "ti64", "pom", "peek"],
  milling: ["ss400", "s45c", "sus304", "a5052", "a6061", "a7075", "pom"],
  machining_center: ["s45c", "scm440", "sus304", "a5052", "a6061", "a7075", "ti64", "inconel718", "peek", "fc250"],
  grinding: ["s45c", "scm440", "skd11", "suj2", "sus304", "alumina"],
  polishing: ["sus304", "sus316", "skd11", "a6061", "alumina"],
  edm: ["skd11", "scm440", "c1100", "ti64"],
  wire_edm: ["skd11", "scm440", "s45c", "sus304", "ti64"],
  laser_cutting: ["spcc", "ss400", "sus304", "a5052"],
  sheet_metal: ["spcc", "ss400", "sus304", "a5052"],
  press: ["spcc", "sus304", "a5052", "c1100"],
  welding: ["ss400", "sus304", "sus316", "a5052", "a6061"],
  casting: ["fc250", "a6061", "c3604"],
  forging: ["s45c", "scm440", "a6061", "ti64"],
  heat_treatment: ["s45c", "scm440", "skd11", "suj2"],
  plating: ["spcc", "s45c", "c3604", "c1100", "sus304"],
  painting: ["spcc", "ss400", "a5052", "abs", "pc"],
  surface_treatment: ["a5052", "a6061", "a7075", "ti64"],
  injection_molding: ["pom", "pc", "abs", "pa66", "peek"],
  additive: ["pa66", "abs", "ti64", "sus316", "a6061"],
  assembly: ["ss400", "sus304", "a5052", "abs", "pc"],
  inspection: ["s45c", "sus304", "a5052", "a6061", "ti64", "skd11", "abs", "pom"],
};
