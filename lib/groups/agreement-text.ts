// Fills the agreement template from a group: parties, model, each member's scope and share, the
// schedule. Pure, so the text is tested without a database.
import { formatYen } from "@/lib/money/yen";

export interface AgreementFacts {
  buyer: string;
  job: string;
  model: "JOINT_ORDER" | "MEDIATION";
  contractor: string;
  lead: string;
  deadline: string;
  /** shareYen: the member's priced lines in the accepted offer (set at award), before tax. */
  members: { name: string; processes: string[]; shareBasisPoints: number; shareYen?: bigint | null }[];
}

const MODEL_NAMES = { ja: { JOINT_ORDER: "共同受注", MEDIATION: "受注斡旋" }, en: { JOINT_ORDER: "joint order (共同受注)", MEDIATION: "mediation (受注斡旋)" } } as const;

export function fillAgreement(template: string, facts: AgreementFacts, locale: "ja" | "en"): string {
  const percent = (bp: number) => `${(bp / 100).toFixed(2)}%`;
  // After award the share is an amount in yen (税抜) from the accepted offer; the percentage follows it.
  const share = (m: AgreementFacts["members"][number]) => (m.shareYen != null ? `${formatYen(m.shareYen, locale)}${locale === "ja" ? "（税抜）・" : " before tax, "}${percent(m.shareBasisPoints)}` : percent(m.shareBasisPoints));
  const members = facts.members
    .map((m) => (locale === "ja" ? `\n・${m.name}：${m.processes.join("、")}（配分 ${share(m)}）` : `\n- ${m.name}: ${m.processes.join(", ")} (share ${share(m)})`))
    .join("");
  const values: Record<string, string> = {
    buyer: facts.buyer,
    job: facts.job,
    model: MODEL_NAMES[locale][facts.model],
    contractor: facts.contractor,
    lead: facts.lead,
    members,
    schedule: locale === "ja" ? `納期は ${facts.deadline} とする。各工程の予定日は本システムの工程表による。` : `Delivery is due on ${facts.deadline}. Each step's planned dates are those in the platform's schedule.`,
  };
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
