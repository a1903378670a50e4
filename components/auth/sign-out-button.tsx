"use client";
// Signs out through next-auth (POST with its CSRF token); the server then ends every session of
// the user (sessionVersion + 1) and writes the audit entry.
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("auth.signOut");
  return (
    <Button variant="ghost" size="sm" className={className} onClick={() => void signOut({ callbackUrl: "/login" })} data-testid="sign-out">
      {t("button")}
    </Button>
  );
}
