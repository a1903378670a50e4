// Typical multi-process parts buyers ask Tokyo's factories for: the route of each, in order.
export interface RouteTemplate {
  partJa: string;
  partEn: string;
  material: string;
  steps: readonly string[];
  sizeMm: readonly [number, number];
  prototype: boolean;
}

export const ROUTES: readonly RouteTemplate[] = [
  { partJa: "駆動シャフト", partEn: "Drive shaft", material: "scm440", steps: ["turning", "heat_treatment", "grinding", "plating", "inspection"], sizeMm: [80, 400], prototype: false },
  { partJa: "精密ブラケット", partEn: "Precision bracket", material: "a6061", steps: ["machining_center", "surface_treatment", "inspection"], sizeMm: [40, 200], prototype: false },
  { partJa: "制御盤筐体", partEn: "Control cabinet enclosure", material: "spcc", steps: ["laser_cutting", "sheet_metal", "welding", "painting", "assembly"], sizeMm: [300, 1200], prototype: false },
  { partJa: "金型入れ子", partEn: "Mould insert", material: "skd11", steps: ["milling", "wire_edm", "heat_treatment", "grinding", "polishing"], sizeMm: [30, 150], prototype: true },
  { partJa: "樹脂カバー", partEn: "Resin cover", material: "pc", steps: ["design", "injection_molding", "painting", "assembly"], sizeMm: [50, 300], prototype: false },
  { partJa: "医療機器用ピン", partEn: "Medical device pin", material: "sus316", steps: ["turning", "grinding", "polishing", "inspection"], sizeMm: [5, 60], prototype: false },
  { partJa: "ロボットアーム部品", partEn: "Robot arm component", material: "a7075", steps: ["machining_center", "heat_treatment", "surface_treatment", "assembly", "inspection"], sizeMm: [100, 500], prototype: true },
  { partJa: "ポンプケーシング", partEn: "Pump casing", material: "fc250", steps: ["casting", "machining_center", "painting", "inspection"], sizeMm: [150, 600], prototype: false },
  { partJa: "プレス端子", partEn: "Pressed terminal", material: "c1100", steps: ["press", "plating", "inspection"], sizeMm: [5, 50], prototype: false },
  { partJa: "試作ハウジング", partEn: "Prototype housing", material: "a6061", steps: ["additive", "machining_center", "surface_treatment"], sizeMm: [50, 250], prototype: true },
  { partJa: "真空チャンバー部品", partEn: "Vacuum chamber part", material: "sus304", steps: ["machining_center", "welding", "polishing", "inspection"], sizeMm: [200, 800], prototype: true },
  { partJa: "ギアブランク", partEn: "Gear blank", material: "s45c", steps: ["forging", "turning", "heat_treatment", "grinding"], sizeMm: [60, 300], prototype: false },
];

export const BUYERS: readonly (readonly [string, string, import("@/lib/generated/prisma/enums").BuyerIndustry])[] = [
  ["東京ロボティクス株式会社", "Tokyo Robotics Inc.", "ROBOTICS"],
  ["城南メディカル株式会社", "Jonan Medical Co., Ltd.", "MEDICAL"],
  ["京浜オートパーツ株式会社", "Keihin Auto Parts Co., Ltd.", "AUTOMOTIVE"],
  ["多摩エアロスペース株式会社", "Tama Aerospace Co., Ltd.", "AEROSPACE"],
  ["株式会社東都電機", "Toto Electric Co., Ltd.", "ELECTRONICS"],
  ["首都圏鉄道車両株式会社", "Shutoken Rolling Stock Co., Ltd.", "RAILWAY"],
  ["東京都立産業技術研究センター（調達）", "Tokyo Metropolitan Industrial Technology Research Institute", "PUBLIC_SECTOR"],
  ["株式会社スマートファクトリーラボ", "Smart Factory Lab Inc.", "STARTUP"],
  ["武蔵野精密機器株式会社", "Musashino Precision Instruments Co., Ltd.", "INDUSTRIAL_MACHINERY"],
  ["湾岸エナジー株式会社", "Wangan Energy Co., Ltd.", "ENERGY"],
  ["株式会社ライフデザイン家電", "Life Design Appliances Inc.", "CONSUMER"],
  ["相模ロボットシステムズ株式会社", "Sagami Robot Systems Co., Ltd.", "ROBOTICS"],
  ["東京モビリティ株式会社", "Tokyo Mobility Co., Ltd.", "AUTOMOTIVE"],
  ["株式会社ネクストメディテック", "Next Meditech Inc.", "MEDICAL"],
  ["日野計測システム株式会社", "Hino Measurement Systems Co., Ltd.", "INDUSTRIAL_MACHINERY"],
  ["株式会社スペースフロンティア", "Space Frontier Inc.", "AEROSPACE"],
];
