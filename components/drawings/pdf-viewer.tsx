"use client";
// A PDF drawing rendered in the page with pdf.js, one page at a time at the width of the screen,
// from the copy stamped for this reader (the same bytes a download gives). pdf.js parses in a
// worker so a large drawing does not freeze a phone; fonts are drawn without eval (CSP).
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { PDFDocumentProxy } from "pdfjs-dist";
import { Button } from "@/components/ui/button";

export default function PdfViewer({ src }: { src: string }) {
  const t = useTranslations("drawings.viewer");
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1);
  const [failed, setFailed] = useState(false);
  const [rendered, setRendered] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    (async () => {
      const pdfjs = await import("pdfjs-dist");
      pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), { type: "module" });
      const response = await fetch(src, { credentials: "same-origin" });
      if (!response.ok) throw new Error(String(response.status));
      loaded = await pdfjs.getDocument({ data: new Uint8Array(await response.arrayBuffer()), isEvalSupported: false }).promise;
      if (cancelled) await loaded.destroy();
      else setDoc(loaded);
    })().catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      void loaded?.destroy();
    };
  }, [src]);

  useEffect(() => {
    if (!doc || !canvas.current || !frame.current) return;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    (async () => {
      const pdfPage = await doc.getPage(page);
      const base = pdfPage.getViewport({ scale: 1 });
      const viewport = pdfPage.getViewport({ scale: ((frame.current?.clientWidth ?? base.width) / base.width) * zoom });
      const ratio = window.devicePixelRatio || 1;
      const target = canvas.current!;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      target.style.width = `${Math.floor(viewport.width)}px`;
      target.style.height = `${Math.floor(viewport.height)}px`;
      task = pdfPage.render({ canvas: target, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await task.promise;
      setRendered(page);
    })().catch((error: unknown) => {
      if ((error as { name?: string }).name !== "RenderingCancelledException") setFailed(true);
    });
    return () => task?.cancel();
  }, [doc, page, zoom]);

  if (failed) return <p className="font-bold text-red-700" role="alert">{t("failed")}</p>;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2" data-testid="pdf-controls">
        <Button variant="secondary" size="sm" disabled={!doc || page <= 1} onClick={() => setPage((p) => p - 1)}>{t("previous")}</Button>
        <span className="text-sm" aria-live="polite" data-testid="pdf-page">{doc ? t("page", { page, pages: doc.numPages }) : t("loading")}</span>
        <Button variant="secondary" size="sm" disabled={!doc || page >= doc.numPages} onClick={() => setPage((p) => p + 1)}>{t("next")}</Button>
        <Button variant="ghost" size="sm" onClick={() => setZoom((z) => Math.max(0.5, z / 1.5))}>{t("zoomOut")}</Button>
        <Button variant="ghost" size="sm" onClick={() => setZoom(1)}>{t("fit")}</Button>
        <Button variant="ghost" size="sm" onClick={() => setZoom((z) => Math.min(6, z * 1.5))}>{t("zoomIn")}</Button>
      </div>
      <div ref={frame} className="w-full overflow-auto rounded-md border border-slate-300 bg-slate-100">
        <canvas ref={canvas} data-testid="pdf-canvas" data-rendered-page={rendered} />
      </div>
    </div>
  );
}
