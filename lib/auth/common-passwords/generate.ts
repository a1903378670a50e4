// Writes list.txt: the most common passwords (well-known leaked top lists, from memory) and the
// variants people make of them (capitals, digits, years, "!" …), lower-cased and de-duplicated.
// Run: npx tsx lib/auth/common-passwords/generate.ts
import { writeFileSync } from "node:fs";

const BASE = `123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman
1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster
soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars
klaster 112233 george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass
maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea biteme matthew
access yankees 987654321 dallas austin thunder taylor matrix mobilemail mom monitor monitoring montana moon
moscow welcome welcome1 admin administrator root toor passw0rd p@ssw0rd p@ssword password1 password123
qwerty123 qwerty1 abc12345 abcd1234 1q2w3e4r 1q2w3e4r5t 1q2w3e zaq12wsx q1w2e3r4 asdfghjkl asdf1234
iloveyou1 lovely loveme football1 baseball1 princess1 monkey1 dragon1 sunshine1 shadow1 master1 superman1
whatever starwars1 trustno1 hello hello123 hello1 test test123 test1234 testing guest guest123 changeme
secret secret123 default login login123 letmein1 user user123 demo demo123 temp temp123 qweasd qweasdzxc
1qazxsw2 a123456 a12345678 aa123456 123abc abc123456 111222 11223344 12341234 123654 123456a 123456q
1234qwer qwer1234 asdf qwer zxcv 1password password12 passpass pass1234 pass123 samsung google apple
internet blink182 naruto pokemon minecraft fuckyou fuckoff 696969 88888888 87654321 00000000 12121212
99999999 11111 22222222 33333333 44444444 55555555 66666666 77777777 123123123 321321 147258369 147258
159357 741852963 456789 789456 789456123 963852741 asdasd asd123 qazwsxedc zaq1zaq1 tokyo tokyo123 japan
japan123 nippon osaka kyoto sakura sakura123 doraemon pikachu totoro gundam anpanman hikari yamato
tanaka suzuki sato takahashi watanabe yamada nakamura kobayashi kato yoshida monozukuri factory kojo
machi koba company kaisha shacho buchou kacho jimusho sales eigyo keiri soumu sekkei seizou kumitate
kyodo juchu kyodojuchu tokyo2020 tokyo2025 tokyo2026 password! password1! qwerty! admin123 admin1234
administrator1 root123 manager manager123 office office123 system system123 server server123 database
oracle mysql postgres postgresql kanri kanrisha`.split(/\s+/).filter(Boolean);

const SUFFIXES = ["", "1", "12", "123", "1234", "12345", "!", "1!", "123!", "01", "007", "99", "00", "2024", "2025", "2026", "@123", "#1"];
const YEARS = Array.from({ length: 12 }, (_, i) => String(2015 + i));

const out = new Set<string>();
for (const word of BASE) {
  const forms = new Set([word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]);
  for (const form of forms) {
    for (const suffix of SUFFIXES) out.add(form + suffix);
    for (const year of YEARS) if (/^[a-z]/i.test(word)) out.add(form + year);
  }
}
// Keyboard walks and repeated digits of every length 6–16.
for (let n = 6; n <= 16; n++) {
  for (let d = 0; d <= 9; d++) out.add(String(d).repeat(n));
  out.add("1234567890".repeat(2).slice(0, n));
  out.add("0987654321".repeat(2).slice(0, n));
  out.add("qwertyuiop".repeat(2).slice(0, n));
  out.add("asdfghjkl;".repeat(2).slice(0, n));
}
const lines = [...out].map((p) => p.toLowerCase()).filter((p, i, all) => all.indexOf(p) === i).sort();
writeFileSync(new URL("./list.txt", import.meta.url), lines.join("\n") + "\n");
console.log(`wrote ${lines.length} passwords`);
