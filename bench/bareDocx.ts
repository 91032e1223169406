// The bench's "bare" side for renderDocx: the docx package packing the same paragraphs with the same run and
// paragraph properties, section, footers, styles and font table, read back (untimed) from a renderDocx file.
// What renderDocx spends beyond packing these is its own layout work (flow, fit, placement, measures).
import {
  AlignmentType,
  type BorderStyle,
  Document,
  FrameAnchorType,
  Footer,
  type LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  type TabStopType,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { DOCX_FONT_NAMES, fontTableXml } from '../shared/core/documents/render/docx/fontTable';
import { documentStyles, normalStyleXml } from '../shared/core/documents/render/docx/styles';

type Attrs = Record<string, string>;
const attrsOf = (tag: string): Attrs =>
  Object.fromEntries([...tag.matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
/** The attributes of the first <w:name …/> in `xml`, numbers as numbers. */
function el(xml: string, name: string): Attrs | undefined {
  const m = new RegExp(`<w:${name}(\\s[^>]*)?/?>`).exec(xml);
  return m ? attrsOf(m[0]) : undefined;
}
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const JC: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  both: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  left: AlignmentType.LEFT,
};

function border(a: Attrs | undefined) {
  if (!a) return undefined;
  return { style: a.val as typeof BorderStyle.SINGLE, color: a.color, size: num(a.sz)!, space: num(a.space) };
}

function runOf(xml: string): IRunOptions {
  const rPr = /<w:rPr>(.*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
  const fonts = el(rPr, 'rFonts');
  const children: (string | Tab | typeof PageNumber.CURRENT)[] = [];
  for (const m of xml.matchAll(/<w:(t|tab|instrText)(?=[\s/>])[^>]*?(?:\/>|>([^<]*)<\/w:\1>)/g)) {
    if (m[1] === 't') children.push(unescape(m[2] ?? ''));
    else if (m[1] === 'tab') children.push(new Tab());
    else children.push(PageNumber.CURRENT);
  }
  return {
    ...(fonts ? { font: { ascii: fonts.ascii, eastAsia: fonts.eastAsia, hAnsi: fonts.hAnsi, hint: fonts.hint } } : {}),
    ...(el(rPr, 'color') ? { color: el(rPr, 'color')!.val } : {}),
    ...(el(rPr, 'spacing') ? { characterSpacing: num(el(rPr, 'spacing')!.val) } : {}),
    ...(el(rPr, 'sz') ? { size: num(el(rPr, 'sz')!.val) } : {}),
    ...(el(rPr, 'lang') ? { language: { eastAsia: el(rPr, 'lang')!.eastAsia } } : {}),
    ...(/<w:br\/>/.test(xml) ? { break: 1 } : {}),
    children,
  } as IRunOptions;
}

/** A paragraph's own options, and its runs' (built into TextRuns only when packing, as renderDocx builds them). */
export interface BareParagraph {
  options: Omit<IParagraphOptions, 'children'>;
  runs: IRunOptions[];
}

/** One <w:p> as docx options; the runs of a PAGE field (begin, instr, separate, end) become one PageNumber run. */
function paragraphOf(xml: string): BareParagraph {
  const pPr = /<w:pPr>(.*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
  const frame = el(pPr, 'framePr');
  const spacing = el(pPr, 'spacing');
  const ind = el(pPr, 'ind');
  const tab = el(pPr, 'tab');
  const bdr = /<w:pBdr>(.*?)<\/w:pBdr>/.exec(pPr)?.[1];
  const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]).filter((r) => !/<w:fldChar/.test(r));
  // docx writes a run holding a PageNumber as one run per part: they were one TextRun.
  if (/<w:instrText/.test(xml)) runs.splice(0, runs.length, runs.join('').replace(/(?<=.)<w:rPr>.*?<\/w:rPr>/g, ''));
  const options: BareParagraph['options'] = {
    ...(frame && {
      frame: {
        type: 'absolute',
        position: { x: num(frame.x)!, y: num(frame.y)! },
        width: num(frame.w)!,
        height: num(frame.h)!,
        anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
        rule: frame.hRule as 'exact',
      },
    }),
    ...(bdr && { border: { top: border(el(bdr, 'top')), bottom: border(el(bdr, 'bottom')) } }),
    ...(tab && { tabStops: [{ type: tab.val as typeof TabStopType.RIGHT, position: num(tab.pos)! }] }),
    ...(spacing && {
      spacing: {
        after: num(spacing.after),
        before: num(spacing.before),
        line: num(spacing.line),
        lineRule: spacing.lineRule as typeof LineRuleType.EXACT,
      },
    }),
    ...(ind && {
      indent: { firstLine: num(ind.firstLine), left: num(ind.left), right: num(ind.right), hanging: num(ind.hanging) },
    }),
    ...(el(pPr, 'jc') && { alignment: JC[el(pPr, 'jc')!.val] }),
  };
  return { options, runs: runs.map(runOf) };
}

const paragraph = (p: BareParagraph) => new Paragraph({ ...p.options, children: p.runs.map((r) => new TextRun(r)) });

export interface BareSpec {
  title: string;
  creator: string;
  paragraphs: BareParagraph[];
  section: Omit<ISectionOptions, 'children'>;
  footers: { odd: BareParagraph[]; even: BareParagraph[] };
}

const paragraphsIn = (xml: string) =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\s[^>]*\/>/g)].map((m) => paragraphOf(m[0]));

/** Reads a one-section renderDocx file (the bulletin) back into the options the bare side packs. */
export function bareSpecOf(docx: Uint8Array, doc: { title: string; creator: string }): BareSpec {
  const files = unzipSync(docx);
  const part = (name: string) => strFromU8(files[`word/${name}`]);
  const document = part('document.xml');
  const sectPr = /<w:sectPr>.*?<\/w:sectPr>/.exec(document)![0];
  const size = el(sectPr, 'pgSz')!;
  const margin = el(sectPr, 'pgMar')!;
  return {
    ...doc,
    paragraphs: paragraphsIn(document.replace(sectPr, '')),
    section: {
      properties: {
        page: {
          size: { width: num(size.w)!, height: num(size.h)! },
          margin: {
            top: num(margin.top)!,
            left: num(margin.left)!,
            right: num(margin.right)!,
            bottom: num(margin.bottom)!,
            footer: num(margin.footer)!,
            gutter: 0,
          },
        },
        grid: { type: el(sectPr, 'docGrid')!.type as 'lines', linePitch: num(el(sectPr, 'docGrid')!.linePitch)! },
        titlePage: false,
      },
    },
    footers: { odd: paragraphsIn(part('footer1.xml')), even: paragraphsIn(part('footer2.xml')) },
  };
}

/** The bare side: the same paragraphs, section, footers, styles and font table, packed by the docx package. */
export async function bareDocx(spec: BareSpec): Promise<Uint8Array> {
  const document = new Document({
    creator: spec.creator,
    title: spec.title,
    styles: documentStyles(DOCX_FONT_NAMES),
    externalStyles: normalStyleXml(DOCX_FONT_NAMES),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        ...spec.section,
        footers: {
          default: new Footer({ children: spec.footers.odd.map(paragraph) }),
          even: new Footer({ children: spec.footers.even.map(paragraph) }),
        },
        children: spec.paragraphs.map(paragraph),
      },
    ],
  });
  const fontTable = { path: 'word/fontTable.xml', data: fontTableXml() };
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [fontTable]));
}
