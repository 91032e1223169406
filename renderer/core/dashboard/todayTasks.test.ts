import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { sampleRepo } from '../data/sampleRepo';
import { countToday, loadTodayTasks } from './todayTasks';

const NOW = new Date('2026-11-25T09:00:00');
const TODAY = '2026-11-25';

describe('Today: one list of what waits, from every system’s manifest', () => {
  it.each([
    ['an empty office', false],
    ['the sample year', true],
  ] as const)('on %s, counts every line as many as the list it opens holds', async (_name, withSample) => {
    freshDb();
    if (withSample) await sampleRepo.load({ now: NOW });
    const tasks = await countToday(await loadTodayTasks(), TODAY);
    expect(tasks.map((t) => `${t.system}.${t.task.id}`)).toEqual([
      'meetings.awaitingLeader',
      'incentives.leader',
      'meetings.due',
      'supervision.overdue',
      'supervision.dueSoon',
      'supervision.extensions',
      'supervision.explanations',
      'incentives.review',
      'incentives.followUps',
      'evaluation.callbacks',
      'supervision.rectOverdue',
      'supervision.rectDueSoon',
      'evaluation.pending',
    ]);
    for (const t of tasks) {
      const records = await t.reader.list(TODAY);
      expect(records.length, `${t.system}.${t.task.id}`).toBe(t.count);
      expect(new Set(records.map((r) => r.id)).size, `${t.system}.${t.task.id}`).toBe(t.count);
    }
    const waiting = tasks.filter((t) => t.count > 0).map((t) => `${t.system}.${t.task.id}`);
    if (!withSample) expect(waiting).toEqual([]);
    // The sample year leaves work in every system: items late and near, applications, call-backs, returns.
    else
      expect(waiting).toEqual(
        expect.arrayContaining([
          'supervision.overdue',
          'supervision.dueSoon',
          'incentives.review',
          'evaluation.callbacks',
          'evaluation.pending',
        ]),
      );
  });

  it('opens each list where its system shows it, or lists the records itself where it has no such page', async () => {
    freshDb();
    await sampleRepo.load({ now: NOW });
    const tasks = await loadTodayTasks();
    const link = async (id: string) => {
      const t = tasks.find((x) => `${x.system}.${x.task.id}` === id)!;
      return t.reader.link(await t.reader.list(TODAY));
    };
    expect(await link('supervision.overdue')).toEqual({ path: 'supervision', sub: 'items.overdue' });
    expect(await link('supervision.rectDueSoon')).toEqual({
      path: 'supervision',
      sub: 'items.source.evaluation.dueSoon',
    });
    expect(await link('incentives.review')).toEqual({ path: 'incentives', sub: 'todo.review' });
    expect(await link('evaluation.callbacks')).toEqual({ path: 'evaluation', sub: 'channels.hotline.answered' });
    expect(await link('supervision.extensions')).toBeNull();
  });

  it('lists the 情况说明 awaiting 阅示 and the 延期 awaiting a decision themselves, each with its unit', async () => {
    const db = freshDb();
    await sampleRepo.load({ now: NOW });
    const tasks = await loadTodayTasks();
    const line = (id: string) => tasks.find((x) => `${x.system}.${x.task.id}` === id)!.reader;
    const unread = (await db.explanations.toArray()).filter((e) => !e.reading);
    const explanations = await line('supervision.explanations').list(TODAY);
    expect(unread.length).toBeGreaterThan(1);
    expect(explanations.map((r) => r.id).sort()).toEqual(unread.map((e) => e.id).sort());
    for (const e of unread) {
      const item = (await db.supervisionItems.get(e.itemId))!;
      const unit = (await db.units.get(item.unitId))!;
      // Two units' items often share a matter: each line names its unit, and opens its item.
      expect(explanations.find((r) => r.id === e.id)).toMatchObject({
        title: `${item.matter} — ${unit.name}`,
        link: { path: 'supervision', sub: `item.${item.id}` },
      });
    }
    const extensions = await line('supervision.extensions').list(TODAY);
    expect(extensions.length).toBeGreaterThan(0);
    for (const r of extensions) {
      const item = (await db.supervisionItems.get(r.id))!;
      expect(r.title).toBe(`${item.matter} — ${(await db.units.get(item.unitId))!.name}`);
    }
  });

  it('lists several meetings awaiting the leader on Today itself, and opens a single one straight away', async () => {
    const db = freshDb();
    await sampleRepo.load({ now: NOW });
    const tasks = await countToday(await loadTodayTasks(), TODAY);
    const line = tasks.find((x) => `${x.system}.${x.task.id}` === 'meetings.awaitingLeader')!;
    const [a, b] = await db.meetings.limit(2).toArray();
    const slipped = (m: typeof a) => ({ ...m, status: 'preparing' as const, cancellation: undefined,
      documents: { ...m.documents, approvalSlip: `slip-${m.id}` } }); // prettier-ignore
    await db.meetings.bulkPut([slipped(a), slipped(b)]);
    const two = await line.reader.list(TODAY);
    expect(await line.reader.count(TODAY)).toBe(2);
    expect(new Set(two.map((r) => r.id))).toEqual(new Set([a.id, b.id]));
    // Not the whole meetings page to hunt in: the two, each opening its meeting.
    expect(line.reader.link(two)).toBeNull();
    expect(two.map((r) => r.link)).toEqual(two.map((r) => ({ path: 'meetings', sub: r.id })));
    await db.meetings.put(a);
    const one = await line.reader.list(TODAY);
    expect(await line.reader.count(TODAY)).toBe(1);
    expect(line.reader.link(one)).toEqual({ path: 'meetings', sub: b.id });
  });
});
