import {
  type FontPlan,
  FONT_ROLES,
  FONT_STACKS,
  LOCAL_FACES,
  planFonts,
} from '../../../../shared/core/documents/fonts';

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

/** Loads one local() source as print's @font-face would; resolves whether this PC has a face by that name. */
export type LocalFaceLoader = (source: string) => Promise<boolean>;

/** A FontFace whose only source is local(name): it loads when a local face has that full or PostScript name. */
export const loadLocalFace: LocalFaceLoader = async (source) => {
  try {
    await new FontFace(`TOW probe ${source}`, `local("${source.replace(/"/g, '')}")`).load();
    return true;
  } catch {
    return false;
  }
};

/**
 * The plan as print will get it: families by the canvas probe, faces that print reaches through a
 * local() alias (LOCAL_FACES: the 小标宋 role's Noto Serif CJK SC Bold) by loading those same sources;
 * each such choice says which local() name answered.
 */
export async function planAsPrinted(isFamily: (family: string) => boolean, loadLocal: LocalFaceLoader) {
  const answered = new Map<string, string>();
  for (const face of new Set(FONT_ROLES.flatMap((role) => FONT_STACKS[role]).filter((n) => LOCAL_FACES[n]))) {
    for (const source of LOCAL_FACES[face].sources) {
      if (!(await loadLocal(source))) continue;
      answered.set(face, source);
      break;
    }
  }
  const plan = planFonts((name) => (LOCAL_FACES[name] ? answered.has(name) : isFamily(name)));
  for (const role of FONT_ROLES) {
    const source = answered.get(plan[role].family);
    if (source && plan[role].isInstalled) plan[role] = { ...plan[role], localSource: source };
  }
  return plan;
}

let loaded: FontPlan | null = null;
let loading: Promise<FontPlan> | null = null;
let probed: FontPlan | null = null;

/** The fonts documents use on this PC, as print gets them; loaded once a session (local() faces load async). */
export function loadFontPlan(): Promise<FontPlan> {
  loading ??= Promise.resolve()
    .then(() => planAsPrinted(makeFontProbe(), loadLocalFace))
    .then((plan) => (loaded = plan));
  return loading;
}

/**
 * The fonts used for documents on this PC: the loaded plan, or until it has loaded the families the
 * canvas probe sees (a face reached only through local() counts as missing meanwhile). Starts loading.
 */
export function detectFontPlan(): FontPlan {
  if (loaded) return loaded;
  void loadFontPlan().catch(() => undefined);
  probed ??= planFonts(makeFontProbe());
  return probed;
}
