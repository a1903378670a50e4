// Wards (区) and cities (市) where member firms are, with JIS municipality codes and approximate
// centroids (WGS84). The TAMA region crosses into Saitama and Kanagawa, so those cities are here too.
import type { MunicipalityKind, Prefecture } from "@/lib/generated/prisma/enums";

export interface MunicipalityInfo {
  code: string;
  prefecture: Prefecture;
  kind: MunicipalityKind;
  nameJa: string;
  nameEn: string;
  latitude: number;
  longitude: number;
}

const ward = (code: string, nameJa: string, nameEn: string, latitude: number, longitude: number): MunicipalityInfo => ({
  code, prefecture: "TOKYO", kind: "WARD", nameJa, nameEn, latitude, longitude,
});
const city = (code: string, prefecture: Prefecture, nameJa: string, nameEn: string, latitude: number, longitude: number, kind: MunicipalityKind = "CITY"): MunicipalityInfo => ({
  code, prefecture, kind, nameJa, nameEn, latitude, longitude,
});

export const MUNICIPALITIES: readonly MunicipalityInfo[] = [
  ward("13101", "千代田区", "Chiyoda", 35.694, 139.754),
  ward("13102", "中央区", "Chuo", 35.671, 139.772),
  ward("13103", "港区", "Minato", 35.658, 139.752),
  ward("13104", "新宿区", "Shinjuku", 35.694, 139.703),
  ward("13105", "文京区", "Bunkyo", 35.708, 139.752),
  ward("13106", "台東区", "Taito", 35.713, 139.780),
  ward("13107", "墨田区", "Sumida", 35.711, 139.801),
  ward("13108", "江東区", "Koto", 35.673, 139.817),
  ward("13109", "品川区", "Shinagawa", 35.609, 139.730),
  ward("13110", "目黒区", "Meguro", 35.641, 139.698),
  ward("13111", "大田区", "Ota", 35.561, 139.716),
  ward("13112", "世田谷区", "Setagaya", 35.646, 139.653),
  ward("13113", "渋谷区", "Shibuya", 35.664, 139.698),
  ward("13114", "中野区", "Nakano", 35.708, 139.664),
  ward("13115", "杉並区", "Suginami", 35.700, 139.636),
  ward("13116", "豊島区", "Toshima", 35.726, 139.716),
  ward("13117", "北区", "Kita", 35.753, 139.734),
  ward("13118", "荒川区", "Arakawa", 35.736, 139.783),
  ward("13119", "板橋区", "Itabashi", 35.751, 139.709),
  ward("13120", "練馬区", "Nerima", 35.736, 139.652),
  ward("13121", "足立区", "Adachi", 35.775, 139.805),
  ward("13122", "葛飾区", "Katsushika", 35.743, 139.847),
  ward("13123", "江戸川区", "Edogawa", 35.707, 139.868),
  city("13201", "TOKYO", "八王子市", "Hachioji", 35.666, 139.316),
  city("13202", "TOKYO", "立川市", "Tachikawa", 35.714, 139.408),
  city("13203", "TOKYO", "武蔵野市", "Musashino", 35.718, 139.566),
  city("13204", "TOKYO", "三鷹市", "Mitaka", 35.683, 139.560),
  city("13205", "TOKYO", "青梅市", "Ome", 35.788, 139.276),
  city("13206", "TOKYO", "府中市", "Fuchu", 35.669, 139.478),
  city("13207", "TOKYO", "昭島市", "Akishima", 35.706, 139.354),
  city("13208", "TOKYO", "調布市", "Chofu", 35.652, 139.541),
  city("13209", "TOKYO", "町田市", "Machida", 35.548, 139.439),
  city("13210", "TOKYO", "小金井市", "Koganei", 35.700, 139.503),
  city("13211", "TOKYO", "小平市", "Kodaira", 35.729, 139.478),
  city("13212", "TOKYO", "日野市", "Hino", 35.671, 139.395),
  city("13213", "TOKYO", "東村山市", "Higashimurayama", 35.755, 139.468),
  city("13214", "TOKYO", "国分寺市", "Kokubunji", 35.711, 139.462),
  city("13215", "TOKYO", "国立市", "Kunitachi", 35.684, 139.441),
  city("13218", "TOKYO", "福生市", "Fussa", 35.738, 139.327),
  city("13219", "TOKYO", "狛江市", "Komae", 35.635, 139.579),
  city("13220", "TOKYO", "東大和市", "Higashiyamato", 35.745, 139.427),
  city("13221", "TOKYO", "清瀬市", "Kiyose", 35.786, 139.526),
  city("13222", "TOKYO", "東久留米市", "Higashikurume", 35.758, 139.530),
  city("13223", "TOKYO", "武蔵村山市", "Musashimurayama", 35.755, 139.388),
  city("13224", "TOKYO", "多摩市", "Tama", 35.637, 139.446),
  city("13225", "TOKYO", "稲城市", "Inagi", 35.638, 139.505),
  city("13227", "TOKYO", "羽村市", "Hamura", 35.767, 139.311),
  city("13228", "TOKYO", "あきる野市", "Akiruno", 35.729, 139.294),
  city("13229", "TOKYO", "西東京市", "Nishitokyo", 35.726, 139.538),
  city("13303", "TOKYO", "瑞穂町", "Mizuho", 35.772, 139.354, "TOWN"),
  city("11208", "SAITAMA", "所沢市", "Tokorozawa", 35.799, 139.469),
  city("11215", "SAITAMA", "狭山市", "Sayama", 35.853, 139.412),
  city("11225", "SAITAMA", "入間市", "Iruma", 35.836, 139.391),
  city("14150", "KANAGAWA", "相模原市", "Sagamihara", 35.571, 139.373),
  city("14212", "KANAGAWA", "厚木市", "Atsugi", 35.443, 139.362),
  city("14213", "KANAGAWA", "大和市", "Yamato", 35.487, 139.458),
  city("14215", "KANAGAWA", "海老名市", "Ebina", 35.447, 139.391),
];

export const MUNICIPALITY_BY_CODE: ReadonlyMap<string, MunicipalityInfo> = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

export const PREFECTURE_NAMES: Record<Prefecture, { ja: string; en: string }> = {
  TOKYO: { ja: "東京都", en: "Tokyo" },
  SAITAMA: { ja: "埼玉県", en: "Saitama" },
  KANAGAWA: { ja: "神奈川県", en: "Kanagawa" },
  CHIBA: { ja: "千葉県", en: "Chiba" },
};
