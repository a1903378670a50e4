// A parsed 2D DXF drawing as plain shapes for an SVG: every curve as path data in drawing units
// (y up, as CAD has it), texts with their position and height, and the bounds to frame them. Pure,
// so the browser viewer and the tests use the same conversion. Blocks (INSERT) are drawn in place
// with their scale, rotation and position; 3D entities are left out.
import type { IDxf, IEntity } from "dxf-parser";

export interface DxfText {
  x: number;
  y: number;
  height: number;
  rotation: number;
  text: string;
}

export interface DxfShapes {
  paths: string[];
  texts: DxfText[];
  bounds: { minX: number; minY: number; maxX: number; maxY: number } | null;
}

type Point = { x: number; y: number };
type Transform = (p: Point) => Point;
const identity: Transform = (p) => p;
const n = (v: number) => (Math.round(v * 1000) / 1000).toString();
const MAX_DEPTH = 4;

function arcPoints(cx: number, cy: number, r: number, start: number, end: number, ratio = 1, axisAngle = 0): Point[] {
  let sweep = end - start;
  while (sweep <= 0) sweep += Math.PI * 2;
  const steps = Math.max(8, Math.ceil((sweep / (Math.PI * 2)) * 72));
  const cos = Math.cos(axisAngle);
  const sin = Math.sin(axisAngle);
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = start + (sweep * i) / steps;
    const x = r * Math.cos(a);
    const y = r * ratio * Math.sin(a);
    return { x: cx + x * cos - y * sin, y: cy + x * sin + y * cos };
  });
}

/** A polyline vertex's bulge is the tangent of a quarter of the arc's angle to the next vertex. */
function bulgePoints(a: Point & { bulge?: number }, b: Point): Point[] {
  const bulge = a.bulge ?? 0;
  if (!bulge) return [b];
  const angle = 4 * Math.atan(bulge);
  const chord = Math.hypot(b.x - a.x, b.y - a.y);
  const radius = chord / (2 * Math.sin(angle / 2));
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const toCentre = radius * Math.cos(angle / 2);
  const dir = { x: (b.x - a.x) / chord, y: (b.y - a.y) / chord };
  const centre = { x: mid.x - dir.y * toCentre, y: mid.y + dir.x * toCentre };
  const start = Math.atan2(a.y - centre.y, a.x - centre.x);
  const steps = Math.max(4, Math.ceil(Math.abs(angle) / (Math.PI / 18)));
  return Array.from({ length: steps }, (_, i) => {
    const t = start + (angle * (i + 1)) / steps;
    return { x: centre.x + Math.abs(radius) * Math.cos(t) * Math.sign(radius), y: centre.y + Math.abs(radius) * Math.sin(t) * Math.sign(radius) };
  });
}

function polyline(points: (Point & { bulge?: number })[], closed: boolean): Point[] {
  const out: Point[] = points.length ? [points[0]!] : [];
  const last = closed ? points.length : points.length - 1;
  for (let i = 0; i < last; i++) out.push(...bulgePoints(points[i]!, points[(i + 1) % points.length]!));
  return out;
}

function compose(outer: Transform, insert: { position?: Point; xScale?: number; yScale?: number; rotation?: number }, base: Point): Transform {
  const sx = insert.xScale ?? 1;
  const sy = insert.yScale ?? 1;
  const r = ((insert.rotation ?? 0) * Math.PI) / 180;
  const at = insert.position ?? { x: 0, y: 0 };
  return (p) => {
    const x = (p.x - base.x) * sx;
    const y = (p.y - base.y) * sy;
    return outer({ x: at.x + x * Math.cos(r) - y * Math.sin(r), y: at.y + x * Math.sin(r) + y * Math.cos(r) });
  };
}

export function dxfShapes(dxf: IDxf): DxfShapes {
  const paths: string[] = [];
  const texts: DxfText[] = [];
  let bounds: DxfShapes["bounds"] = null;
  const grow = (p: Point) => {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) return;
    bounds = bounds ? { minX: Math.min(bounds.minX, p.x), minY: Math.min(bounds.minY, p.y), maxX: Math.max(bounds.maxX, p.x), maxY: Math.max(bounds.maxY, p.y) } : { minX: p.x, minY: p.y, maxX: p.x, maxY: p.y };
  };
  const path = (points: Point[], t: Transform, closed = false) => {
    const placed = points.map(t);
    if (placed.length < 2) return;
    placed.forEach(grow);
    paths.push(`M${placed.map((p) => `${n(p.x)} ${n(p.y)}`).join("L")}${closed ? "Z" : ""}`);
  };
  const draw = (entities: IEntity[], t: Transform, depth: number) => {
    for (const entity of entities) {
      const e = entity as unknown as Record<string, unknown>;
      switch (entity.type) {
        case "LINE": {
          const v = (e.vertices as Point[] | undefined) ?? [];
          path(v, t);
          break;
        }
        case "LWPOLYLINE":
        case "POLYLINE": {
          const v = ((e.vertices as (Point & { bulge?: number })[] | undefined) ?? []).filter((p) => Number.isFinite(p.x));
          path(polyline(v, Boolean(e.shape)), t, Boolean(e.shape));
          break;
        }
        case "CIRCLE":
        case "ARC": {
          const c = e.center as Point;
          const full = entity.type === "CIRCLE";
          path(arcPoints(c.x, c.y, e.radius as number, full ? 0 : (e.startAngle as number), full ? Math.PI * 2 : (e.endAngle as number)), t, full);
          break;
        }
        case "ELLIPSE": {
          const c = e.center as Point;
          const major = e.majorAxisEndPoint as Point;
          path(arcPoints(c.x, c.y, Math.hypot(major.x, major.y), e.startAngle as number, e.endAngle as number, e.axisRatio as number, Math.atan2(major.y, major.x)), t);
          break;
        }
        case "SPLINE": {
          // Drawn through its fit points when it has them, else along its control polygon.
          const v = ((e.fitPoints as Point[] | undefined) ?? (e.controlPoints as Point[] | undefined)) ?? [];
          path(v, t, Boolean(e.closed));
          break;
        }
        case "TEXT":
        case "MTEXT": {
          const at = t((entity.type === "TEXT" ? e.startPoint : e.position) as Point);
          const height = (entity.type === "TEXT" ? e.textHeight : e.height) as number;
          const raw = String(e.text ?? "");
          const text = raw.replace(/\\P/g, " ").replace(/\\U\+([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\[A-Za-z][^;]*;|[{}]/g, "");
          grow(at);
          texts.push({ x: at.x, y: at.y, height: height || 2.5, rotation: (e.rotation as number | undefined) ?? 0, text });
          break;
        }
        case "INSERT": {
          const block = dxf.blocks?.[e.name as string];
          if (block?.entities && depth < MAX_DEPTH) draw(block.entities, compose(t, e as never, (block.position as Point | undefined) ?? { x: 0, y: 0 }), depth + 1);
          break;
        }
        default:
          break;
      }
    }
  };
  draw(dxf.entities ?? [], identity, 0);
  return { paths, texts, bounds };
}
