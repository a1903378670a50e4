"use client";
// A 2D DXF drawing as vector graphics: parsed in the browser (dxf-parser) from the copy stamped for
// this reader, converted to SVG paths (lib/drawings/dxf-shapes), zoomable, sharp at any size.
// Texts become SVG text nodes, so nothing in the file reaches the page as markup.
import DxfParser from "dxf-parser";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { dxfShapes, type DxfShapes } from "@/lib/drawings/dxf-shapes";

export default function DxfViewer({ src }: { src: string }) {
  const t = useTranslations("drawings.viewer");
  const [shapes, setShapes] = useState<DxfShapes | null>(null);
  const [failed, setFailed] = useState(false);
  const [zoom, setZoom] = useState(1);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const response = await fetch(src, { credentials: "same-origin" });
      if (!response.ok) throw new Error(String(response.status));
      const parsed = new DxfParser().parseSync(await response.text());
      if (!parsed) throw new Error("empty");
      if (!cancelled) setShapes(dxfShapes(parsed));
    })().catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [src]);

  if (failed) return <p className="font-bold text-red-700" role="alert">{t("failed")}</p>;
  if (!shapes?.bounds) return <p aria-live="polite">{t("loading")}</p>;
  const { minX, minY, maxX, maxY } = shapes.bounds;
  const pad = Math.max(maxX - minX, maxY - minY) * 0.03 || 1;
  const width = maxX - minX + 2 * pad;
  const height = maxY - minY + 2 * pad;
  const stroke = Math.max(width, height) / 800;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm">{t("entities", { count: shapes.paths.length + shapes.texts.length })}</span>
        <Button variant="ghost" size="sm" onClick={() => setZoom((z) => Math.max(1, z / 1.5))}>{t("zoomOut")}</Button>
        <Button variant="ghost" size="sm" onClick={() => setZoom(1)}>{t("fit")}</Button>
        <Button variant="ghost" size="sm" onClick={() => setZoom((z) => Math.min(12, z * 1.5))}>{t("zoomIn")}</Button>
      </div>
      <div className="w-full overflow-auto rounded-md border border-slate-300 bg-white">
        <svg viewBox={`${minX - pad} ${-(maxY + pad)} ${width} ${height}`} style={{ width: `${zoom * 100}%`, height: "auto" }} role="img" aria-label={t("title")} data-testid="dxf-svg">
          <g transform="scale(1 -1)" fill="none" stroke="#0f172a" strokeWidth={stroke} vectorEffect="non-scaling-stroke">
            {shapes.paths.map((d, i) => <path key={i} d={d} />)}
          </g>
          {shapes.texts.map((text, i) => (
            <text key={i} x={text.x} y={-text.y} fontSize={text.height} fill={text.text.includes("CONFIDENTIAL") ? "#b91c1c" : "#0f172a"} transform={text.rotation ? `rotate(${-text.rotation} ${text.x} ${-text.y})` : undefined}>
              {text.text}
            </text>
          ))}
        </svg>
      </div>
    </div>
  );
}
