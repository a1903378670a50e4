export interface CertificationInfo {
  code: string;
  nameJa: string;
  nameEn: string;
}

export const CERTIFICATIONS: readonly CertificationInfo[] = [
  { code: "iso9001", nameJa: "ISO 9001（品質マネジメント）", nameEn: "ISO 9001 (quality management)" },
  { code: "iso14001", nameJa: "ISO 14001（環境マネジメント）", nameEn: "ISO 14001 (environmental management)" },
  { code: "jisq9100", nameJa: "JIS Q 9100（航空宇宙）", nameEn: "JIS Q 9100 (aerospace)" },
  { code: "iatf16949", nameJa: "IATF 16949（自動車）", nameEn: "IATF 16949 (automotive)" },
  { code: "iso13485", nameJa: "ISO 13485（医療機器）", nameEn: "ISO 13485 (medical devices)" },
  { code: "eco_action21", nameJa: "エコアクション21", nameEn: "Eco-Action 21" },
  { code: "nadcap", nameJa: "Nadcap（特殊工程）", nameEn: "Nadcap (special processes)" },
];
