import type { SearchEntry } from '../../../shared/core/search/entry';
import { entryKey, searchSource, type SearchLookup } from '../../../shared/core/search/source';
import type { EvaluationRecord, Questionnaire, QuestionnaireReturn } from '../../../shared/systems/evaluation';

const TITLE_CHARS = 40;
const names = (lookup: SearchLookup, table: string, ids: readonly string[]) =>
  ids.map((id) => lookup(table, id)?.name ?? '').join('、');

/** What the hotline's or the box's loop adds: the forwards' notes, the answers, the call-backs' words. */
function loopText(r: EvaluationRecord, lookup: SearchLookup): (string | undefined)[] {
  const loop = r.loop;
  if (!loop) return [];
  return [
    ...loop.forwards.flatMap((f) => [lookup('units', f.unitId)?.name, f.note]),
    ...loop.answers.map((a) => a.text),
    ...loop.callbacks.map((c) => c.opinion),
    loop.closure?.reason,
  ];
}

/**
 * 评价记录: a call, a note, a talk, a visit, an inquiry or an event by what was said, who said it,
 * the units concerned and the loop; each rating's own words (意见) also an entry of its own, titled
 * by those words under the unit rated, so "牛庄镇 态度" lists what talents said of it. Both open the record.
 */
export const evaluationRecordSearch = searchSource<EvaluationRecord>({
  table: 'evaluationRecords',
  kinds: ['evaluationRecord', 'opinion'],
  toEntries: (r, lookup) => {
    const key = entryKey('evaluationRecords', r.id);
    const talent = lookup('people', r.talentId)?.name;
    const route = `evaluation/record.${r.id}`;
    const record: SearchEntry = {
      key,
      kind: 'evaluationRecord',
      title: r.title || r.summary.slice(0, TITLE_CHARS) || names(lookup, 'units', r.unitIds),
      subtitle: `${r.on} ${talent ?? r.staffName}`,
      fields: [
        r.summary,
        r.contact,
        r.staffName,
        talent,
        names(lookup, 'units', r.unitIds),
        names(lookup, 'people', r.attendeeIds),
        ...loopText(r, lookup),
      ],
      secrecy: r.secrecy,
      route,
      order: r.on,
    };
    const opinions = r.ratings.flatMap((rating, i): SearchEntry[] =>
      rating.opinion
        ? [
            {
              key: `${key}#${i}`,
              kind: 'opinion',
              title: rating.opinion.slice(0, TITLE_CHARS),
              subtitle: `${lookup('units', rating.unitId)?.name ?? ''} ${r.on} ${talent ?? ''}`.trim(),
              fields: [rating.opinion],
              secrecy: r.secrecy,
              route,
              order: r.on,
            },
          ]
        : [],
    );
    return [record, ...opinions];
  },
});

/** Questionnaires (问卷): by title and who printed their copies. */
export const questionnaireSearch = searchSource<Questionnaire>({
  table: 'questionnaires',
  kinds: ['questionnaire'],
  refOf: (q) => ({ name: q.title, secrecy: q.secrecy }),
  toEntries: (q) => [
    {
      key: entryKey('questionnaires', q.id),
      kind: 'questionnaire',
      title: q.title,
      subtitle: q.createdAt.slice(0, 10),
      fields: q.printRuns.map((p) => p.by),
      secrecy: q.secrecy,
      route: `evaluation/questionnaire.${q.id}`,
      order: q.createdAt,
    },
  ],
});

/** A returned form's opinion (the talent's own words, and its written answers), under its questionnaire. */
export const returnOpinionSearch = searchSource<QuestionnaireReturn>({
  table: 'questionnaireReturns',
  kinds: ['opinion'],
  toEntries: (r, lookup) => {
    const written = Object.values(r.answers ?? r.first.answers).filter((a): a is string => typeof a === 'string');
    if (!r.opinion && written.every((a) => !a.trim())) return [];
    const questionnaire = lookup('questionnaires', r.questionnaireId);
    return [
      {
        key: entryKey('questionnaireReturns', r.id),
        kind: 'opinion',
        title: (r.opinion || written.find((a) => a.trim()) || '').slice(0, TITLE_CHARS),
        subtitle: `${questionnaire?.name ?? ''} ${r.receivedOn} No.${r.copyNumber}`,
        fields: [r.opinion, ...written, lookup('people', r.talentId)?.name],
        secrecy: questionnaire?.secrecy ?? 'internal',
        route: `evaluation/questionnaire.${r.questionnaireId}`,
        order: r.receivedOn,
      },
    ];
  },
});
