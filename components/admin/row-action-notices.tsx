"use client";
// Where the success messages of a list's row actions appear. A decision often takes its row out of
// the list (a verified firm leaves the 審査待ち list), which unmounts the row's own form and its
// message with it; this region sits above the list and outlives the rows.
import { createContext, useContext, useState, type ReactNode } from "react";
import { Notice } from "@/components/ui/notice";

const Report = createContext<((notice: string) => void) | null>(null);

export function RowActionNotices({ children, testId = "row-action-notice" }: { children: ReactNode; testId?: string }) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Report.Provider value={setNotice}>
      <div aria-live="polite" aria-atomic="true">
        {notice ? <Notice tone="success" data-testid={testId}>{notice}</Notice> : null}
      </div>
      {children}
    </Report.Provider>
  );
}

/** The list's notice region, if the row action sits inside one. */
export function useRowActionNotices() {
  return useContext(Report);
}
