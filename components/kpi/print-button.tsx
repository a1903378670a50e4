"use client";
import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()} className="print:hidden" data-testid="kpi-print">
      {label}
    </Button>
  );
}
