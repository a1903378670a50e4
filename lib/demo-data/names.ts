// Plausible small-factory names: a place or family name, then a word that says the trade.
import type { Random } from "./random";

const STEMS: readonly (readonly [string, string, string])[] = [
  ["大森", "オオモリ", "Omori"], ["蒲田", "カマタ", "Kamata"], ["羽田", "ハネダ", "Haneda"], ["城南", "ジョウナン", "Jonan"],
  ["京浜", "ケイヒン", "Keihin"], ["山田", "ヤマダ", "Yamada"], ["佐藤", "サトウ", "Sato"], ["高橋", "タカハシ", "Takahashi"],
  ["小林", "コバヤシ", "Kobayashi"], ["中村", "ナカムラ", "Nakamura"], ["加藤", "カトウ", "Kato"], ["吉田", "ヨシダ", "Yoshida"],
  ["松本", "マツモト", "Matsumoto"], ["井上", "イノウエ", "Inoue"], ["木村", "キムラ", "Kimura"], ["清水", "シミズ", "Shimizu"],
  ["昭和", "ショウワ", "Showa"], ["大和", "ヤマト", "Yamato"], ["旭", "アサヒ", "Asahi"], ["太陽", "タイヨウ", "Taiyo"],
  ["富士", "フジ", "Fuji"], ["北斗", "ホクト", "Hokuto"], ["東洋", "トウヨウ", "Toyo"], ["三和", "サンワ", "Sanwa"],
  ["丸山", "マルヤマ", "Maruyama"], ["岡本", "オカモト", "Okamoto"], ["石川", "イシカワ", "Ishikawa"], ["長谷川", "ハセガワ", "Hasegawa"],
  ["向島", "ムコウジマ", "Mukojima"], ["隅田", "スミダ", "Sumida"], ["葛西", "カサイ", "Kasai"], ["多摩", "タマ", "Tama"],
  ["武蔵", "ムサシ", "Musashi"], ["八王子", "ハチオウジ", "Hachioji"], ["板橋", "イタバシ", "Itabashi"], ["荒川", "アラカワ", "Arakawa"],
  ["新星", "シンセイ", "Shinsei"], ["協和", "キョウワ", "Kyowa"], ["共栄", "キョウエイ", "Kyoei"], ["明和", "メイワ", "Meiwa"],
];

const TRADE_WORDS: Readonly<Record<string, readonly (readonly [string, string, string])[]>> = {
  machining: [["精工", "セイコウ", "Seiko"], ["製作所", "セイサクショ", "Seisakusho"], ["精機", "セイキ", "Seiki"], ["工業", "コウギョウ", "Kogyo"], ["精密", "セイミツ", "Seimitsu"]],
  pressing: [["プレス工業", "プレスコウギョウ", "Press Kogyo"], ["金属", "キンゾク", "Kinzoku"], ["製作所", "セイサクショ", "Seisakusho"], ["工業所", "コウギョウショ", "Kogyosho"]],
  surface: [["鍍金工業", "トキンコウギョウ", "Plating"], ["化工", "カコウ", "Kako"], ["塗装", "トソウ", "Coating"]],
  heat: [["熱処理", "ネツショリ", "Heat Treating"], ["熱錬", "ネツレン", "Netsuren"]],
  plastics: [["化成", "カセイ", "Kasei"], ["樹脂工業", "ジュシコウギョウ", "Plastics"]],
  electronics: [["電子", "デンシ", "Denshi"], ["技研", "ギケン", "Giken"], ["エンジニアリング", "エンジニアリング", "Engineering"]],
  general: [["工業", "コウギョウ", "Kogyo"], ["製作所", "セイサクショ", "Seisakusho"], ["技研", "ギケン", "Giken"]],
};

const TRADE_OF_PROCESS: Readonly<Record<string, keyof typeof TRADE_WORDS>> = {
  turning: "machining", milling: "machining", machining_center: "machining", grinding: "machining", polishing: "machining",
  edm: "machining", wire_edm: "machining", press: "pressing", sheet_metal: "pressing", laser_cutting: "pressing", welding: "pressing",
  plating: "surface", painting: "surface", surface_treatment: "surface", heat_treatment: "heat", casting: "general", forging: "general",
  injection_molding: "plastics", additive: "electronics", assembly: "electronics", inspection: "electronics", design: "electronics",
};

export interface FirmName {
  nameJa: string;
  nameKana: string;
  nameEn: string;
}

export function firmName(random: Random, mainProcess: string): FirmName {
  const [stemJa, stemKana, stemEn] = random.pick(STEMS);
  const [wordJa, wordKana, wordEn] = random.pick(TRADE_WORDS[TRADE_OF_PROCESS[mainProcess] ?? "general"] ?? TRADE_WORDS.general!);
  const limited = random.chance(0.22);
  return {
    nameJa: limited ? `有限会社${stemJa}${wordJa}` : random.chance(0.5) ? `株式会社${stemJa}${wordJa}` : `${stemJa}${wordJa}株式会社`,
    nameKana: `${stemKana}${wordKana}`,
    nameEn: `${stemEn} ${wordEn} ${limited ? "Ltd." : "Co., Ltd."}`,
  };
}

const FAMILY = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水"];
const GIVEN = ["健一", "誠", "浩", "隆", "修", "大輔", "直樹", "恵子", "美穂", "裕子", "翔太", "拓也", "陽子", "和也", "智子"];

export function personName(random: Random): string {
  return `${random.pick(FAMILY)} ${random.pick(GIVEN)}`;
}
