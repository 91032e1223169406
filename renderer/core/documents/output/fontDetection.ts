import { type FontPlan, planFonts } from '../../../../shared/core/documents/fonts';

/**
 * Which fonts this PC has, without fetching anything: a text set in "<family>, <generic>" measures
 * differently from the generic alone when the family is installed. Checked against two generics
 * so a family that happens to match one of them is still found.
 */
const PROBE = '中文公文仿宋楷体黑体宋体 — 0123456789 〔2026〕号';
const GENERICS = ['monospace', 'sans-serif'] as const;

function width(context: CanvasRenderingContext2D, font: string): number {
  context.font = font;
  return context.measureText(PROBE).width;
}

export function makeFontProbe(doc: Document = document): (family: string) => boolean {
  const context = doc.createElement('canvas').getContext('2d');
  if (!context) return () => false;
  const base = Object.fromEntries(GENERICS.map((g) => [g, width(context, `32px ${g}`)]));
  const cache = new Map<string, boolean>();
  return (family) => {
    if (!cache.has(family)) {
      const quoted = `"${family.replace(/"/g, '')}"`;
      cache.set(
        family,
        GENERICS.some((g) => Math.abs(width(context, `32px ${quoted}, ${g}`) - base[g]) > 0.5),
      );
    }
    return cache.get(family)!;
  };
}

let plan: FontPlan | null = null;

/** The fonts used for documents on this PC: the first installed face per role. */
export function detectFontPlan(): FontPlan {
  plan ??= planFonts(makeFontProbe());
  return plan;
}
