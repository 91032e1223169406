import { AlignmentType } from 'docx';
import type { FontPlan } from '../../fonts';
import { Flow } from './flow';
import { titleLines } from '../titleLines';
import { brokenRuns, paragraph } from './runs';
import { LINE, SIZE } from './units';

/** 标题: 2号小标宋, centred, on the body grid (§7.3.2). */
export function titleBlock(title: string, fonts: FontPlan, beforeTw: number, pageBreakBefore = false): Flow {
  const lines = titleLines(title);
  const children = brokenRuns(fonts, lines.join('\n'), { role: 'xiaobiaosong', size: SIZE.er });
  const flow = pageBreakBefore ? new Flow().breakPage() : new Flow();
  return flow.addTwips(
    paragraph(children, { alignment: AlignmentType.CENTER, spacing: { before: beforeTw }, pageBreakBefore }),
    beforeTw + lines.length * LINE,
  );
}
