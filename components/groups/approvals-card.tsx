// The staff approvals of a group (job or standing), one per association involved; the staff member
// whose decision is awaited gets the form.
import { getLocale, getTranslations } from "next-intl/server";
import { ApprovalForm } from "@/components/groups/group-forms";
import { Card } from "@/components/ui/card";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import type { GroupResource } from "@/lib/groups/group-access";

interface ApprovalRow {
  id: string;
  status: string;
  version: number;
  comment: string | null;
  associationId: string | null;
  association: { nameJa: string; nameEn: string } | null;
}

export async function ApprovalsCard({ approvals, viewer, resource, awaiting }: { approvals: readonly ApprovalRow[]; viewer: Viewer; resource: GroupResource; awaiting: boolean }) {
  // An approval still open means "waiting for you" only while the group waits for approval.
  const shown = approvals.filter((a) => a.status !== "PENDING" || awaiting);
  if (shown.length === 0) return null;
  const t = await getTranslations("groups");
  const en = (await getLocale()) === "en";
  const staff = viewer.role === "ASSOCIATION_STAFF" || viewer.role === "FEDERATION_STAFF";
  return (
    <Card>
      <h2 className="mb-3 text-lg font-bold">{t("detail.approvals")}</h2>
      <ul className="flex flex-col gap-3">
        {shown.map((a) => {
          const mine = staff && awaiting && a.status === "PENDING" && (viewer.role === "FEDERATION_STAFF" || viewer.associationId === a.associationId) && can(viewer, "group.approve", resource);
          return (
            <li key={a.id} className="rounded-md border border-slate-200 p-3">
              <p className="font-bold">{a.association ? ((en && a.association.nameEn) || a.association.nameJa) : t("detail.federation")} · {t(a.status === "PENDING" ? "detail.approvalPending" : a.status === "APPROVED" ? "detail.approvalApproved" : "detail.approvalSentBack")}</p>
              {a.comment ? <p className="text-sm">{a.comment}</p> : null}
              {mine ? <div className="mt-2"><p className="mb-2 text-sm text-slate-700">{t("approve.help")}</p><ApprovalForm approvalId={a.id} version={a.version} /></div> : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
