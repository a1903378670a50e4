"use client";
// Shows one drawing in the page by its kind. Each viewer is its own chunk, loaded only when a
// drawing of that kind is opened (pdf.js and the DXF parser stay out of every other page).
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

function Loading() {
  const t = useTranslations("drawings.viewer");
  return <p aria-live="polite">{t("loading")}</p>;
}

const PdfViewer = dynamic(() => import("./pdf-viewer"), { ssr: false, loading: Loading });
const DxfViewer = dynamic(() => import("./dxf-viewer"), { ssr: false, loading: Loading });

export function DrawingViewer({ src, mimeType, fileName }: { src: string; mimeType: string; fileName: string }) {
  const t = useTranslations("drawings.viewer");
  if (mimeType === "application/pdf") return <PdfViewer src={src} />;
  if (mimeType === "image/vnd.dxf") return <DxfViewer src={src} />;
  if (mimeType.startsWith("image/")) {
    // eslint-disable-next-line @next/next/no-img-element -- a private, per-reader stamped image: no optimiser, no cache
    return <img src={src} alt={fileName} className="h-auto max-w-full rounded-md border border-slate-300" data-testid="drawing-image" />;
  }
  return <p>{t("noPreview", { kind: fileName.split(".").pop()?.toUpperCase() ?? "" })}</p>;
}
