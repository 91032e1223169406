import { AlignmentType } from 'docx';
import type { FontPlan, FontRole } from '../../fonts';
import { numberHeadings } from '../../format';
import type { Block } from '../../model';
import { Flow } from './flow';
import { countLines } from './measure';
import { run, sharedParagraphProperties } from './runs';
import { SharedPropertiesParagraph } from './sharedProperties';
import { bodyTable } from './table';
import { BODY_CHARACTER_SPACING, CHAR, TYPE_WIDTH } from './units';

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
/** The last 正文 paragraph before the 署名: its last line stays on the 署名's page (§7.3.5). */
const BODY_PARAGRAPH_KEPT = sharedParagraphProperties({
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: INDENT_TWO },
  keepNext: true,
});

/** A 正文 paragraph: 3号, justified, 左空二字. */
export function bodyParagraph(text: string, fonts: FontPlan, role: FontRole = 'fangsong', keepNext = false): Flow {
  const p = new SharedPropertiesParagraph(keepNext ? BODY_PARAGRAPH_KEPT : BODY_PARAGRAPH, [
    run(fonts, text, { role }),
  ]);
  return new Flow().add(p, bodyLines(text));
}

/** §7.3.3: 一、黑体 （一）楷体 1. 仿宋 （1）仿宋, all 3号, no bold, set like 正文. */
const HEADING_ROLE: Record<1 | 2 | 3 | 4, FontRole> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

/** `keepLastWithNext`: the last paragraph keeps with what follows (the 署名); a table ending the 正文 does not. */
export function bodyBlocks(blocks: readonly Block[], fonts: FontPlan, { keepLastWithNext = false } = {}): Flow {
  const labels = numberHeadings(blocks);
  const flow = new Flow();
  blocks.forEach((block, b) => {
    const isLast = b === blocks.length - 1;
    switch (block.type) {
      case 'heading':
        flow.append(
          bodyParagraph(
            `${labels.get(block) ?? ''}${block.text}`,
            fonts,
            HEADING_ROLE[block.level],
            isLast && keepLastWithNext,
          ),
        );
        break;
      case 'paragraph':
        flow.append(bodyParagraph(block.text, fonts, 'fangsong', isLast && keepLastWithNext));
        break;
      case 'list':
        // No bullets in official documents: each item is a 正文 paragraph (its text carries any numbering).
        block.items.forEach((item, i) =>
          flow.append(
            bodyParagraph(item, fonts, 'fangsong', isLast && keepLastWithNext && i === block.items.length - 1),
          ),
        );
        break;
      case 'table':
        flow.append(bodyTable(block, fonts));
        break;
    }
  });
  return flow;
}
