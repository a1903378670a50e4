"use client";
// Signs out through next-auth (POST with its CSRF token); the server then ends every session of
// the user (sessionVersion + 1) and writes the audit entry. next-auth's client (~25 KB with its
// runtime helpers) is fetched when the button is about to be used, not with every page's shell
// (docs/decisions/031-phone-blocking-time.md).
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

const nextAuthClient = () => import("next-auth/react");

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("auth.signOut");
  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      // A pointer over the button or focus on it fetches the client before the click needs it.
      onPointerEnter={() => void nextAuthClient()}
      onFocus={() => void nextAuthClient()}
      onClick={() => void nextAuthClient().then(({ signOut }) => signOut({ callbackUrl: "/login" }))}
      data-testid="sign-out"
    >
      {t("button")}
    </Button>
  );
}
