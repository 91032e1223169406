// (f) System 4: the unit × content × quarter matrix of a year over 10 000 stored returns of 40
// answers, and one keyed return saved.
import { DB_NAME, WorkbenchDB, getDb, useDatabase } from '../../renderer/core/data/db';
import { evaluationSettingsRepo } from '../../renderer/systems/evaluation/data/evaluationSettingsRepo';
import { questionnairesRepo } from '../../renderer/systems/evaluation/data/questionnairesRepo';
import { resultsRepo } from '../../renderer/systems/evaluation/data/resultsRepo';
import { returnsRepo, type ReturnInput } from '../../renderer/systems/evaluation/data/returnsRepo';
import { evaluationTables } from '../../renderer/systems/evaluation/data/schema';
import {
  flagProblems,
  matrixOf,
  slotsOf,
  type Answers,
  type QuestionnaireDesign,
  type QuestionnaireVersion,
} from '../../shared/systems/evaluation';
import { addDays } from '../../shared/core/common/localDate';
import { createRandom } from '../../renderer/core/sample/random';
import { sampleUnits, benchSession } from './data';
import { deleteDatabase, median, quantile } from './stats';

const YEAR = 2026;
const UNITS_PER_FORM = 12;
const CHUNK = 500;

/** 40 grade answers: 12 units × the seed's three items in a matrix, four single grades; a choice and a text. */
function design(title: string, unitIds: string[], extra: string[]): QuestionnaireDesign {
  return {
    title,
    intro: '',
    questions: [
      { id: 'm', kind: 'matrix', text: '请逐项评价', unitIds, contentIds: ['policy', 'performance', 'other'] },
      ...extra.map((unitId, i) => ({
        id: `g${i}`,
        kind: 'grade' as const,
        text: `总体评价${i + 1}`,
        unitId,
        contentId: 'performance',
      })),
      { id: 's', kind: 'single', text: '您所在领域', options: ['学校', '医院', '企业'] },
      { id: 't', kind: 'text', text: '意见建议' },
    ],
  };
}

function answersFor(version: QuestionnaireVersion, rng: ReturnType<typeof createRandom>): Answers {
  const answers: Answers = {};
  for (const slot of slotsOf(version)) {
    if (slot.kind === 'grade') answers[slot.key] = rng.chance(0.85) ? rng.int(0, 2) : rng.int(3, 4);
    else if (slot.kind === 'single') answers[slot.key] = rng.int(0, 2);
  }
  return answers;
}

async function printed(title: string, unitIds: string[], extra: string[], copies: number) {
  const q = await questionnairesRepo.create(design(title, unitIds, extra));
  for (let left = copies; left > 0; left -= 5000) await questionnairesRepo.printCopies(q.id, Math.min(5000, left));
  const version = (await questionnairesRepo.version(q.id, 1))!;
  return { q, version };
}

/**
 * A fresh database with `returns` returns of 40 answers over the year, on `forms` questionnaires of
 * 12 units each (so 12 × forms units rated), imported through the repository in chunks of 500 —
 * the kept results updated in each chunk's transaction — then checked equal to a recount.
 */
export async function evaluationPrepare({
  returns = 10_000,
  forms = 5,
}: { returns?: number; forms?: number } = {}): Promise<Record<string, number>> {
  await deleteDatabase(DB_NAME);
  const db = new WorkbenchDB();
  await db.open();
  useDatabase(db);
  benchSession();
  const rng = createRandom('bench-evaluation');
  const units = sampleUnits(forms * (UNITS_PER_FORM + 4) + 20, 'bench-evaluation');
  await db.units.bulkAdd(units);
  const t0 = performance.now();
  let written = 0;
  for (let f = 0; f < forms; f++) {
    const own = units.slice(f * (UNITS_PER_FORM + 4), (f + 1) * (UNITS_PER_FORM + 4)).map((u) => u.id);
    const count = Math.round(returns / forms);
    const { q, version } = await printed(`满意度调查${f + 1}`, own.slice(0, UNITS_PER_FORM), own.slice(12), count);
    for (let start = 1; start <= count; start += CHUNK) {
      const rows: ReturnInput[] = [];
      for (let copy = start; copy < Math.min(start + CHUNK, count + 1); copy++)
        rows.push({
          copyNumber: copy,
          receivedOn: addDays(`${YEAR}-01-01`, rng.int(0, 364)),
          answers: answersFor(version, rng),
        });
      written += await returnsRepo.importReturns(q.id, 1, rows);
    }
  }
  const writeMs = performance.now() - t0;
  const kept = await resultsRepo.yearRows(YEAR);
  const recount = await resultsRepo.recount();
  // Compared as values: the same counts, whatever order their keys were written in.
  const canon = (v: unknown) =>
    JSON.stringify(v, (_, x: unknown) =>
      x && typeof x === 'object' && !Array.isArray(x)
        ? Object.fromEntries(Object.entries(x).sort(([k1], [k2]) => (k1 < k2 ? -1 : 1)))
        : x,
    );
  const equal = kept.length === recount.size && kept.every((r) => canon(recount.get(r.key)) === canon(r));
  return {
    returns: await evaluationTables().returns.count(),
    written,
    gradeAnswersPerReturn: slotsOf(
      (await questionnairesRepo.version((await questionnairesRepo.list())[0].id, 1))!,
    ).filter((s) => s.kind === 'grade').length,
    tallyRows: kept.length,
    writeMs,
    keptEqualsRecount: equal ? 1 : 0,
  };
}

/**
 * The year's matrix by quarter from the kept rows (`resultsRepo.matrix`), and what the results page
 * computes on opening (the same rows read, the matrix at both levels and the flags), `reps` times
 * after 5 warm-ups; and the recount the kept rows avoid.
 */
export async function evaluationMatrix({ reps = 50 }: { reps?: number } = {}): Promise<Record<string, number>> {
  const matrix: number[] = [];
  const view: number[] = [];
  let cells = 0;
  for (let i = 0; i < reps + 5; i++) {
    const t0 = performance.now();
    const m = await resultsRepo.matrix(YEAR, { granularity: 'quarter', level: 'item' });
    const t1 = performance.now();
    // As useResults does on the results page: one read, both levels, the flags.
    const [rows, thresholds] = await Promise.all([resultsRepo.yearRows(YEAR), evaluationSettingsRepo.thresholds()]);
    const items = matrixOf(rows, { granularity: 'quarter', level: 'item' });
    matrixOf(rows, { granularity: 'quarter', level: 'leaf' });
    flagProblems(items, `${YEAR}Q4`, thresholds);
    const t2 = performance.now();
    if (i >= 5) {
      matrix.push(t1 - t0);
      view.push(t2 - t1);
    }
    cells = m.size;
  }
  const recount: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await resultsRepo.recount();
    recount.push(performance.now() - t0);
  }
  return {
    matrixMedian: median(matrix),
    matrixP95: quantile(matrix, 0.95),
    viewMedian: median(view),
    viewP95: quantile(view, 0.95),
    recountMedian: median(recount),
    matrixUnits: cells,
  };
}

/** One keyed return of 40 answers saved (`returnsRepo.enter`, the call the Enter key makes), `reps` times. */
export async function evaluationEnter({ reps = 50 }: { reps?: number } = {}): Promise<Record<string, number>> {
  const units = (await getDb().units.limit(16).toArray()).map((u) => u.id);
  const rng = createRandom('bench-evaluation-enter');
  const { q, version } = await printed('录入基准问卷', units.slice(0, 12), units.slice(12, 16), reps + 5);
  const times: number[] = [];
  for (let copy = 1; copy <= reps + 5; copy++) {
    const answers = answersFor(version, rng);
    const t0 = performance.now();
    await returnsRepo.enter(q.id, { copyNumber: copy, receivedOn: `${YEAR}-11-02`, answers });
    if (copy > 5) times.push(performance.now() - t0);
  }
  return { enterMedian: median(times), enterP95: quantile(times, 0.95), enterMax: Math.max(...times) };
}
