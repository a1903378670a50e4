// Version 1 of the standard joint-order agreement (共同受注契約書): the text federation staff edit.
// Placeholders in {braces} are filled from the group when an agreement is generated.
export const AGREEMENT_TEMPLATE_V1 = {
  ja: `共同受注契約書

第1条（目的）本契約は、{buyer}（以下「発注者」）から受注する「{job}」を、下記の構成企業が共同して完成させるために必要な事項を定める。
第2条（契約形態）本件の契約形態は「{model}」とする。共同受注の場合は{contractor}が契約当事者となり構成企業に業務を配分する。受注斡旋の場合は受注リーダー企業が発注者と契約し、団体は斡旋を行う。
第3条（構成企業と分担）各構成企業の担当工程と配分比率は別表のとおりとする。{members}
第4条（受注リーダー企業）{lead}は受注リーダー企業として発注者との窓口、工程全体の進捗管理および品質保証の取りまとめを行う。
第5条（日程）{schedule}
第6条（品質基準）各構成企業は図面・仕様書に定める品質基準を満たし、工程間の引渡し時に検査記録を添付する。引渡しを受けた企業は受入確認を行う。
第7条（不具合の責任）不具合が生じたときは、原因となった工程の担当企業が是正処置を行い、その費用を負担する。原因が特定できない場合は配分比率に応じて負担する。損害賠償の上限は各社の受注配分額とする。
第8条（秘密保持）構成企業は本件で知り得た発注者および他の構成企業の技術情報を、本件の目的以外に使用せず、第三者に開示しない。
第9条（紛争の解決）本契約に関する紛争は、当事者間の協議により解決し、協議が整わない場合は東京地方裁判所を第一審の専属的合意管轄裁判所とする。`,
  en: `Joint-Order Agreement

Article 1 (Purpose) This agreement sets out what the member firms below need to complete "{job}" together for {buyer} (the Buyer).
Article 2 (Contracting model) The contracting model is "{model}". Under a joint order, {contractor} is the contracting party and allocates work to the members. Under mediation, the lead firm contracts with the Buyer and the association mediates.
Article 3 (Members and scope) Each member's processes and share are listed in the schedule. {members}
Article 4 (Lead firm) {lead} is the lead firm: the Buyer's single point of contact, responsible for overall progress and for consolidating quality assurance.
Article 5 (Schedule) {schedule}
Article 6 (Quality standard) Each member meets the quality standard of the drawings and specifications and attaches its inspection record at every hand-off; the receiving member confirms receipt.
Article 7 (Defects) The member whose process caused a defect takes corrective action and bears its cost. Where the cause cannot be determined, costs are shared in proportion to the shares. Each member's liability is capped at its share of the order value.
Article 8 (Confidentiality) Members use technical information of the Buyer and of other members learnt in this work only for this work and disclose it to no third party.
Article 9 (Disputes) Disputes are settled by consultation; failing that, the Tokyo District Court has exclusive jurisdiction in the first instance.`,
} as const;
