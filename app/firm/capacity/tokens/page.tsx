// The firm admin's API tokens for the capacity endpoint: create (shown once), list, revoke.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/admin/row-action";
import { TokenForm } from "@/components/capacity/token-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { listApiTokens } from "@/lib/capacity/api-tokens";
import { getDatabase } from "@/lib/db/client";
import { revokeCapacityToken } from "../actions";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("capacity.tokens"))("title") };
}

async function CapacityTokensPage() {
  const viewer = await requirePermission("capacity.token.manage");
  const tokens = await listApiTokens(await getDatabase(), viewer);
  const [t, format] = await Promise.all([getTranslations("capacity.tokens"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" });
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <PageHeader title={t("title")} description={t("help")} actions={<Link href="/api/capacity/openapi.json" className="font-bold text-brand-800 underline">{t("docs")}</Link>} />
      <Card className="flex flex-col gap-3"><TokenForm /></Card>
      <Card>
        {tokens.length === 0 ? <p>{t("none")}</p> : (
          <ul className="divide-y divide-slate-200" data-testid="token-list">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="font-bold">{token.name} <code className="text-sm font-normal">{token.prefix}…</code></p>
                  <p className="text-sm text-slate-700">{token.revokedAt ? t("revoked") : token.lastUsedAt ? t("lastUsed", { date: when(token.lastUsedAt) }) : t("never")}</p>
                </div>
                {token.revokedAt ? null : <RowAction action={revokeCapacityToken} fields={{ tokenId: token.id }} label={t("revoke")} variant="danger" confirmText={t("confirmRevoke")} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

export default withClientMessages(["capacity.tokens", "common"], CapacityTokensPage);
