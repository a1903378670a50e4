// The federation's 32 regional associations and the municipalities each serves. Names follow the
// federation's member list where we know it (品川産業協会, 大田工業連合会, …); the others are named
// the way such ward and city associations are.
export interface AssociationInfo {
  code: string;
  nameJa: string;
  nameEn: string;
  isCooperative: boolean;
  municipalityCodes: readonly string[];
}

const a = (code: string, nameJa: string, nameEn: string, municipalityCodes: string[], isCooperative = false): AssociationInfo => ({
  code, nameJa, nameEn, municipalityCodes, isCooperative,
});

export const FEDERATION = { code: "koudanren", nameJa: "一般社団法人 東京工業団体連合会", nameEn: "Tokyo Federation of Industrial Associations" };

export const ASSOCIATIONS: readonly AssociationInfo[] = [
  a("ota", "一般社団法人 大田工業連合会", "Ota Industrial Federation", ["13111"]),
  a("shinagawa", "一般社団法人 品川産業協会", "Shinagawa Industry Association", ["13109"]),
  a("meguro", "一般社団法人 目黒区産業連合会", "Meguro Industry Federation", ["13110"]),
  a("setagaya", "公益社団法人 世田谷工業振興協会", "Setagaya Industry Promotion Association", ["13112"]),
  a("shibuya", "渋谷区工業協会", "Shibuya Industry Association", ["13113"]),
  a("nakano", "中野工業産業協会", "Nakano Industry Association", ["13114"]),
  a("bunkyo", "一般社団法人 文京区商工協会", "Bunkyo Commerce and Industry Association", ["13105"]),
  a("tomisaka", "一般社団法人 富坂産業協会", "Tomisaka Industry Association", ["13105"]),
  a("nippori", "日暮里工業会", "Nippori Industry Association", ["13118"]),
  a("arakawa", "荒川区工業連合会", "Arakawa Industrial Federation", ["13118"]),
  a("kita", "一般社団法人 北産業連合会", "Kita Industry Federation", ["13117"]),
  a("itabashi", "一般社団法人 板橋産業連合会", "Itabashi Industry Federation", ["13119"]),
  a("nerima", "一般社団法人 練馬産業連合会", "Nerima Industry Federation", ["13120"]),
  a("katsushika", "葛飾区産業連盟", "Katsushika Industry League", ["13122"]),
  a("edogawa", "一般社団法人 江戸川工場協会", "Edogawa Factory Association", ["13123"]),
  a("sumida", "墨田区工業連合会", "Sumida Industrial Federation", ["13107"]),
  a("koto", "江東区工業団体連合会", "Koto Industrial Federation", ["13108"]),
  a("adachi", "足立区工業会", "Adachi Industry Association", ["13121"]),
  a("taito", "台東区工業協会", "Taito Industry Association", ["13106"]),
  a("toshima", "豊島区工業協会", "Toshima Industry Association", ["13116"]),
  a("shinjuku", "新宿区工業協会", "Shinjuku Industry Association", ["13104"]),
  a("suginami", "杉並区工業協会", "Suginami Industry Association", ["13115"]),
  a("toshin", "都心三区工業協会", "Central Tokyo Industry Association", ["13101", "13102", "13103"]),
  a("tama_coop", "多摩高度化事業協同組合", "Tama Advanced Business Cooperative", ["13224", "13225", "11208", "11215", "11225", "14150", "14212", "14213", "14215"], true),
  a("hachioji", "八王子工業会", "Hachioji Industry Association", ["13201"]),
  a("tachikawa", "立川・昭島工業会", "Tachikawa-Akishima Industry Association", ["13202", "13207"]),
  a("fuchu", "府中・国分寺・国立工業会", "Fuchu-Kokubunji-Kunitachi Industry Association", ["13206", "13214", "13215"]),
  a("mitaka", "三鷹・武蔵野工業会", "Mitaka-Musashino Industry Association", ["13203", "13204", "13208", "13210", "13219"]),
  a("nishitama", "青梅・西多摩工業会", "Ome and West Tama Industry Association", ["13205", "13218", "13227", "13228", "13303"]),
  a("hino", "日野工業会", "Hino Industry Association", ["13212"]),
  a("kitatama", "北多摩工業協会", "North Tama Industry Association", ["13211", "13213", "13220", "13221", "13222", "13223", "13229"]),
  a("machida", "町田市工業会", "Machida Industry Association", ["13209"]),
];
