// Version 1 of the platform's standard confidentiality agreement (秘密保持契約書) for confidential
// jobs: the text federation staff edit at /admin/nda-template. Placeholders in {braces} are filled
// from the job when a firm reads it: {buyer}, {job}, {retentionDays}.
export const NDA_TEMPLATE_V1 = {
  ja: `秘密保持契約書

{buyer}（以下「開示者」）と、本契約に同意した会員企業（以下「受領者」）は、案件「{job}」（以下「本件」）に関して開示者が開示する秘密情報の取扱いについて、次のとおり合意する。

第1条（秘密情報）本契約において秘密情報とは、本件に関して開示者が本プラットフォームを通じて開示する図面、仕様書、画像、三次元データその他の技術情報および営業情報の一切をいう。ただし、次の各号のいずれかに該当するものを除く。
(1) 開示を受けた時点で既に公知であったもの
(2) 開示を受けた後、受領者の責によらず公知となったもの
(3) 開示を受けた時点で既に受領者が正当に保有していたもの
(4) 正当な権限を有する第三者から秘密保持義務を負わずに取得したもの

第2条（目的外使用の禁止）受領者は、秘密情報を本件の見積り、検討および受注した場合の製作（以下「本目的」）のためにのみ使用し、その他の目的に使用しない。

第3条（秘密保持）受領者は、秘密情報を善良な管理者の注意をもって管理し、開示者の書面（本プラットフォーム上の承諾を含む）による事前の承諾なく第三者に開示または漏えいしない。受領者は、本目的のために知る必要のある自社の役員および従業員に限り秘密情報を開示でき、これらの者に本契約と同等の義務を負わせる。

第4条（複製の制限）受領者は、本目的に必要な範囲を超えて秘密情報を複製しない。本プラットフォームから取得した図面には取得者名・取得日が記載されており、受領者はこの記載を削除または改変しない。

第5条（共同受注グループ内での共有）受領者が共同受注グループの構成企業として本件を受注した場合、同グループの構成企業のうち本契約に同意した企業との間に限り、本目的のために秘密情報を共有できる。

第6条（返還・廃棄）受領者は、本件の失注、取消し、または納品完了の後、もしくは開示者から求められたときは、速やかに秘密情報（複製物を含む）を返還または廃棄する。本プラットフォーム上の図面は、案件の終了から{retentionDays}日を経過した時点で削除される。

第7条（漏えい時の対応）受領者は、秘密情報の漏えいまたはそのおそれを知ったときは、直ちに開示者および本プラットフォームの運営者に通知し、被害の拡大防止に必要な措置をとる。

第8条（損害賠償）受領者が本契約に違反したときは、これにより開示者に生じた損害を賠償する。

第9条（有効期間）本契約は、受領者が本プラットフォーム上で同意した時に成立し、本件の終了後3年間有効とする。ただし第6条および第8条の義務は、その履行が完了するまで存続する。

第10条（準拠法および管轄）本契約は日本法に準拠し、本契約に関する紛争は東京地方裁判所を第一審の専属的合意管轄裁判所とする。`,
  en: `Non-Disclosure Agreement

{buyer} (the Discloser) and the member firm that accepts this agreement (the Recipient) agree as follows on the handling of confidential information that the Discloser discloses for the job "{job}" (the Job).

Article 1 (Confidential information) Confidential information means all drawings, specifications, images, 3D data and other technical and business information that the Discloser discloses for the Job through the platform, except information that (1) was public when disclosed; (2) became public afterwards through no fault of the Recipient; (3) the Recipient already held lawfully when disclosed; or (4) the Recipient obtained from a third party entitled to give it without a duty of confidentiality.

Article 2 (Purpose) The Recipient uses confidential information only to quote for, evaluate and, if awarded, make the Job (the Purpose), and for no other purpose.

Article 3 (Confidentiality) The Recipient keeps confidential information with the care of a prudent manager and does not disclose or leak it to any third party without the Discloser's prior written consent (including consent given on the platform). The Recipient may disclose it only to its own officers and employees who need it for the Purpose, and binds them to obligations equal to these.

Article 4 (Copies) The Recipient copies confidential information only as far as the Purpose requires. Drawings obtained from the platform carry the name of the reader and the date; the Recipient does not remove or alter that mark.

Article 5 (Sharing within a joint-order group) If the Recipient is awarded the Job as a member of a joint-order group, it may share confidential information for the Purpose only with members of that group that have also accepted this agreement.

Article 6 (Return and destruction) When the Job is lost, cancelled or delivered, or when the Discloser asks, the Recipient promptly returns or destroys the confidential information, copies included. Drawings on the platform are deleted {retentionDays} days after the Job ends.

Article 7 (Leaks) On learning of a leak of confidential information, or the risk of one, the Recipient immediately informs the Discloser and the platform's operator and takes the steps needed to limit the harm.

Article 8 (Damages) A Recipient in breach of this agreement compensates the Discloser for the damage it causes.

Article 9 (Term) This agreement takes effect when the Recipient accepts it on the platform and remains in force for three years after the Job ends; the obligations of Articles 6 and 8 survive until fulfilled.

Article 10 (Governing law and jurisdiction) This agreement is governed by Japanese law. The Tokyo District Court has exclusive jurisdiction in the first instance over any dispute about it.`,
} as const;
