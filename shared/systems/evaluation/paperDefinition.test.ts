import { describe, expect, it } from 'vitest';
import { layoutPaperForm } from './paperForm/layoutForm';
import { answersFromPaper, toPaperDefinition } from './paperDefinition';
import { slotsOf } from './slots';
import { aVersion } from './testQuestionnaire';

const names = { unitName: (id: string) => `单位${id}`, contentName: (id: string) => `内容${id}` };

describe('blank questionnaires on paper', () => {
  it('lays out a version with a box row for every slot keyed entry has, text aside', () => {
    const version = aVersion(2);
    const def = toPaperDefinition(version, 'internal', names);
    expect(def).toMatchObject({ questionnaireId: 'q1', version: 2, secrecy: 'internal' });
    expect(def.sections.map((s) => s.title)).toEqual(['满意度评价', '基本情况和意见建议']);
    const layout = layoutPaperForm(def);
    const groups = layout.groups.map((g) => g.id);
    expect(groups).toEqual(slotsOf(version).flatMap((s) => (s.kind === 'text' ? [] : [s.key])));
    expect(layout.pages.flatMap((p) => p.texts).some((t) => t.text.includes('单位u3'))).toBe(true);
  });

  it('reads a scanned return back as the answers keyed entry would store', () => {
    const version = aVersion();
    const read = [
      { itemId: 'a', choiceIds: ['1'] },
      { itemId: 'm', unitId: 'u2', contentId: 'other', choiceIds: ['4'] },
      { itemId: 'm', unitId: 'u3', contentId: 'policy', choiceIds: [] },
      { itemId: 's', choiceIds: ['2'] },
      { itemId: 'k', choiceIds: ['3', '0'] },
    ];
    expect(answersFromPaper(version, read)).toEqual({ a: 1, 'm/u2/other': 4, s: 2, k: [0, 3] });
  });
});
