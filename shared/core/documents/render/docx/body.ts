import { AlignmentType, LineRuleType } from 'docx';
import type { FontPlan, FontRole } from '../../fonts';
import { numberHeadings } from '../../format';
import type { Block } from '../../model';
import { Flow } from './flow';
import { countLines, lastLineStart } from '../measure';
import { run, sharedParagraphProperties } from './runs';
import { SharedPropertiesParagraph } from './sharedProperties';
import { bodyTable } from './table';
import { BODY_CHARACTER_SPACING, CHAR, LINE, TYPE_WIDTH } from './units';
import { isTight, type SignatureFit } from '../signatureFit';

/** 左空二字 */
export const INDENT_TWO = 2 * CHAR;

/** Lines of 三号 text on the full 156 mm measure with the given first-line indent. */
export function bodyLines(text: string, firstLineTw = INDENT_TWO, widthTw = TYPE_WIDTH): number {
  return countLines(text, { sizePt: 16, widthTw, firstLineTw, spacingTw: BODY_CHARACTER_SPACING });
}

const BODY_PARAGRAPH = sharedParagraphProperties({
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: INDENT_TWO },
});
/** The last line of a 正文 paragraph set apart (see bodyParagraph): no indent, kept with the 署名. */
const LAST_LINE_KEPT = sharedParagraphProperties({ alignment: AlignmentType.JUSTIFIED, keepNext: true });
const WHOLE_KEPT = sharedParagraphProperties({
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: INDENT_TWO },
  keepNext: true,
});

/** Paragraph properties with the line pitch closed up (SignatureFit), made once per pitch. */
const tightProperties = new Map<string, typeof BODY_PARAGRAPH>();
function tight(key: string, lineTw: number, options: Parameters<typeof sharedParagraphProperties>[0]) {
  const id = `${key}|${lineTw}`;
  let props = tightProperties.get(id);
  if (!props)
    tightProperties.set(
      id,
      (props = sharedParagraphProperties({ ...options, spacing: { line: lineTw, lineRule: LineRuleType.EXACT } })),
    );
  return props;
}

export interface BodyLineOptions {
  /** Line pitch as a share of a body line (SignatureFit); 1 by default. */
  pitch?: number;
  /** Names the paragraph's start in the flow (Flow.startOf). */
  tag?: string;
}

/**
 * A 正文 paragraph: 3号, justified, 左空二字. When the 署名 must go on to the next page taking the
 * 正文's last line with it (signatureBlock), the paragraph is set as two, its last line apart and
 * kept with the 署名: kept whole, LibreOffice and Word would move all of it and leave the page short.
 */
export function bodyParagraph(
  text: string,
  fonts: FontPlan,
  role: FontRole = 'fangsong',
  options: BodyLineOptions = {},
): Flow {
  const lines = bodyLines(text);
  const pitch = options.pitch ?? 1;
  const lineTw = Math.round(LINE * pitch);
  const indent = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT_TWO } } as const;
  const [normal, lastLine, whole] =
    pitch === 1
      ? [BODY_PARAGRAPH, LAST_LINE_KEPT, WHOLE_KEPT]
      : [
          tight('body', lineTw, indent),
          tight('last', lineTw, { alignment: AlignmentType.JUSTIFIED, keepNext: true }),
          tight('whole', lineTw, { ...indent, keepNext: true }),
        ];
  const paragraphOf = (props: typeof BODY_PARAGRAPH, part: string) =>
    new SharedPropertiesParagraph(props, [run(fonts, part, { role })]);
  const splitLastLine = () => {
    if (lines < 2) return [paragraphOf(whole, text)];
    const start = lastLineStart(text, {
      sizePt: 16,
      widthTw: TYPE_WIDTH,
      firstLineTw: INDENT_TWO,
      spacingTw: BODY_CHARACTER_SPACING,
    });
    return [paragraphOf(normal, text.slice(0, start)), paragraphOf(lastLine, text.slice(start))];
  };
  return new Flow().addSplittable(paragraphOf(normal, text), lines, splitLastLine, { pitch, tag: options.tag });
}

/** §7.3.3: 一、黑体 （一）楷体 1. 仿宋 （1）仿宋, all 3号, no bold, set like 正文. */
const HEADING_ROLE: Record<1 | 2 | 3 | 4, FontRole> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

export interface BodyOptions {
  /** Tag each block's start `body:<index>` (the main 正文, for the signature's fit). */
  isTagged?: boolean;
  fit?: SignatureFit;
}

/** The 正文 blocks, headings numbered from 一、 (each enclosure's body starts afresh). */
export function bodyBlocks(blocks: readonly Block[], fonts: FontPlan, options: BodyOptions = {}): Flow {
  const labels = numberHeadings(blocks);
  const flow = new Flow();
  blocks.forEach((block, index) => {
    const line: BodyLineOptions = {
      pitch: isTight(options.fit, index) ? options.fit!.pitch : 1,
      tag: options.isTagged ? `body:${index}` : undefined,
    };
    switch (block.type) {
      case 'heading':
        flow.append(bodyParagraph(`${labels.get(block) ?? ''}${block.text}`, fonts, HEADING_ROLE[block.level], line));
        break;
      case 'paragraph':
        flow.append(bodyParagraph(block.text, fonts, 'fangsong', line));
        break;
      case 'list':
        // No bullets in official documents: each item is a 正文 paragraph (its text carries any numbering).
        block.items.forEach((item, i) =>
          flow.append(bodyParagraph(item, fonts, 'fangsong', i ? { pitch: line.pitch } : line)),
        );
        break;
      case 'table':
        flow.append(bodyTable(block, fonts, line.tag));
        break;
    }
  });
  return flow;
}
