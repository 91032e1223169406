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

const BODY_PARAGRAPH = sharedParagraphProperties({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT_TWO } });

/** A 正文 paragraph: 3号, justified, 左空二字. */
export function bodyParagraph(text: string, fonts: FontPlan, role: FontRole = 'fangsong'): Flow {
  const p = new SharedPropertiesParagraph(BODY_PARAGRAPH, [run(fonts, text, { role })]);
  return new Flow().add(p, bodyLines(text));
}

/** §7.3.3: 一、黑体 （一）楷体 1. 仿宋 （1）仿宋, all 3号, no bold, set like 正文. */
const HEADING_ROLE: Record<1 | 2 | 3 | 4, FontRole> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

export function bodyBlocks(blocks: readonly Block[], fonts: FontPlan): Flow {
  const labels = numberHeadings(blocks);
  const flow = new Flow();
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        flow.append(bodyParagraph(`${labels.get(block) ?? ''}${block.text}`, fonts, HEADING_ROLE[block.level]));
        break;
      case 'paragraph':
        flow.append(bodyParagraph(block.text, fonts));
        break;
      case 'list':
        // No bullets in official documents: each item is a 正文 paragraph (its text carries any numbering).
        for (const item of block.items) flow.append(bodyParagraph(item, fonts));
        break;
      case 'table':
        flow.append(bodyTable(block, fonts));
        break;
    }
  }
  return flow;
}
