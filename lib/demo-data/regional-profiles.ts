// Where Tokyo's small factories are and what they do: the weight of each area in the seed and the
// processes typical there (Ota and Shinagawa machining; Sumida and Katsushika pressing, metal goods
// and plating; Itabashi optics and precision; Tama precision machining, electronics, inspection).
type ProcessWeights = readonly (readonly [string, number])[];

const MACHINING: ProcessWeights = [["turning", 5], ["machining_center", 5], ["milling", 3], ["grinding", 3], ["wire_edm", 2], ["edm", 1], ["heat_treatment", 1], ["inspection", 1], ["polishing", 1], ["welding", 1]];
const PRESSING: ProcessWeights = [["press", 5], ["sheet_metal", 3], ["plating", 3], ["welding", 2], ["painting", 2], ["laser_cutting", 2], ["assembly", 1], ["polishing", 1]];
const PRECISION: ProcessWeights = [["machining_center", 4], ["grinding", 3], ["turning", 3], ["inspection", 2], ["assembly", 2], ["polishing", 1], ["design", 1], ["surface_treatment", 1]];
const ELECTRONICS: ProcessWeights = [["assembly", 4], ["inspection", 3], ["machining_center", 3], ["injection_molding", 2], ["sheet_metal", 2], ["design", 2], ["additive", 1], ["surface_treatment", 1]];
const GENERAL: ProcessWeights = [["machining_center", 2], ["turning", 2], ["sheet_metal", 2], ["welding", 2], ["painting", 1], ["assembly", 1], ["press", 1], ["casting", 1], ["forging", 1], ["injection_molding", 1], ["heat_treatment", 1], ["plating", 1], ["design", 1], ["additive", 1]];

export interface RegionalProfile {
  weight: number;
  processes: ProcessWeights;
  towns: readonly string[];
}

const p = (weight: number, processes: ProcessWeights, towns: string[] = []): RegionalProfile => ({ weight, processes, towns });

export const REGIONAL_PROFILES: Readonly<Record<string, RegionalProfile>> = {
  "13111": p(14, MACHINING, ["東糀谷", "西糀谷", "大森南", "羽田旭町", "下丸子", "矢口", "仲池上", "東六郷", "昭和島"]),
  "13109": p(5, MACHINING, ["南大井", "東大井", "西品川", "豊町", "戸越"]),
  "13110": p(1, PRECISION, ["目黒本町", "原町"]),
  "13107": p(7, PRESSING, ["八広", "東向島", "立花", "墨田", "京島"]),
  "13122": p(7, PRESSING, ["四つ木", "立石", "東新小岩", "奥戸", "宝町"]),
  "13121": p(6, PRESSING, ["入谷", "鹿浜", "江北", "舎人", "椿"]),
  "13119": p(6, PRECISION, ["舟渡", "新河岸", "東坂下", "志村", "前野町"]),
  "13123": p(5, GENERAL, ["松江", "平井", "西瑞江", "臨海町"]),
  "13118": p(5, PRESSING, ["東日暮里", "西尾久", "町屋", "南千住"]),
  "13108": p(4, GENERAL, ["新木場", "辰巳", "亀戸", "大島"]),
  "13117": p(3, GENERAL, ["浮間", "赤羽", "神谷", "堀船"]),
  "13106": p(3, PRESSING, ["竜泉", "三ノ輪", "蔵前"]),
  "13120": p(2, PRECISION, ["高松", "大泉学園町"]),
  "13112": p(2, PRECISION, ["砧", "等々力"]),
  "13114": p(1, PRECISION, ["新井", "江古田"]),
  "13115": p(1, PRECISION, ["上井草", "高井戸東"]),
  "13116": p(1, GENERAL, ["池袋本町", "長崎"]),
  "13104": p(1, GENERAL, ["市谷田町", "早稲田鶴巻町"]),
  "13113": p(1, ELECTRONICS, ["本町", "笹塚"]),
  "13105": p(1, PRECISION, ["本郷", "小石川", "千石"]),
  "13101": p(0.3, ELECTRONICS, ["神田須田町"]),
  "13102": p(0.3, GENERAL, ["新富", "月島"]),
  "13103": p(0.3, ELECTRONICS, ["芝浦", "海岸"]),
  "13201": p(4, PRECISION, ["石川町", "小宮町", "高倉町", "みなみ野"]),
  "13202": p(1.5, ELECTRONICS, ["西砂町", "一番町"]),
  "13207": p(1, PRECISION, ["武蔵野", "拝島町"]),
  "13206": p(1.5, ELECTRONICS, ["日新町", "四谷"]),
  "13214": p(0.8, PRECISION, ["東恋ヶ窪"]),
  "13215": p(0.4, ELECTRONICS, ["泉"]),
  "13203": p(0.6, ELECTRONICS, ["緑町"]),
  "13204": p(1.5, PRECISION, ["下連雀", "野崎", "大沢"]),
  "13208": p(1, ELECTRONICS, ["深大寺", "柴崎"]),
  "13210": p(0.5, PRECISION, ["梶野町"]),
  "13219": p(0.3, PRECISION, ["和泉本町"]),
  "13205": p(1.5, GENERAL, ["今井", "新町"]),
  "13218": p(0.6, PRECISION, ["熊川"]),
  "13227": p(0.8, ELECTRONICS, ["神明台"]),
  "13228": p(0.6, GENERAL, ["草花"]),
  "13303": p(0.8, MACHINING, ["殿ケ谷"]),
  "13212": p(1.5, ELECTRONICS, ["旭が丘", "日野台"]),
  "13211": p(1, PRECISION, ["御幸町"]),
  "13213": p(0.7, GENERAL, ["久米川町"]),
  "13220": p(0.5, GENERAL, ["桜が丘"]),
  "13221": p(0.3, GENERAL, ["下宿"]),
  "13222": p(0.4, PRECISION, ["前沢"]),
  "13223": p(0.8, MACHINING, ["伊奈平"]),
  "13229": p(0.6, ELECTRONICS, ["芝久保町"]),
  "13209": p(1.2, PRECISION, ["南成瀬", "小山ヶ丘"]),
  "13224": p(0.4, ELECTRONICS, ["唐木田"]),
  "13225": p(0.4, PRECISION, ["矢野口"]),
  "11208": p(1, PRECISION, ["北岩岡"]),
  "11215": p(0.8, MACHINING, ["柏原"]),
  "11225": p(0.8, MACHINING, ["狭山ケ原"]),
  "14150": p(2, MACHINING, ["緑区大山町", "中央区田名"]),
  "14212": p(1, ELECTRONICS, ["上依知", "酒井"]),
  "14213": p(0.8, PRECISION, ["上草柳"]),
  "14215": p(0.6, GENERAL, ["社家"]),
};
