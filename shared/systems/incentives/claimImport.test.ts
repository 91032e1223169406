import { describe, expect, it } from 'vitest';
import {
  CLAIM_HEADER_ALIASES,
  CLAIM_HEADERS,
  missingClaimHeaders,
  planClaimImport,
  TEMPLATE_EXAMPLE,
} from './claimImport';

const headers = CLAIM_HEADERS.map((h) => CLAIM_HEADER_ALIASES[h][0]);
const sheetRow = (cells: readonly string[]) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
const units = new Map([
  ['牛庄镇', 'u1'],
  ['市教育局', 'u2'],
]);

describe('importing applications from the template', () => {
  it('reads the template’s own example into one application with a line per row', () => {
    expect(missingClaimHeaders(headers)).toEqual([]);
    const plan = planClaimImport(TEMPLATE_EXAMPLE.map(sheetRow), units);
    expect(plan.bad).toEqual([]);
    expect(plan.good).toHaveLength(1);
    const [claim] = plan.good;
    expect(claim.rows).toEqual([2, 3, 4, 5]);
    expect(claim.input.unitId).toBe('u1');
    expect(claim.input.declaration).toEqual({ signedBy: '李明', signedOn: '2026-11-10' });
    expect(claim.input.kinds).toEqual(['talentResults', 'majorProjects', 'mediaCoverage', 'other']);
    expect(claim.input.lines.map((l) => l.rule)).toEqual([1, 3, 4, 5]);
    expect(claim.input.lines[0]).toMatchObject({ name: '张伟', qualification: 'phd', isFullTime: true });
    expect(claim.input.lines[3]).toMatchObject({ kind: 'contractTurnover', figures: '12项，3800万元' });
  });

  it('reports each bad row with its field and rule, and guesses nothing', () => {
    const rows = [
      sheetRow([
        '某某局',
        '2026-11-10',
        '李明',
        '',
        '业绩',
        '1',
        '张伟',
        '鞍钢',
        '博士',
        '是',
        '',
        '',
        '',
        '',
        '2026-03-10',
      ]),
      sheetRow(['市教育局', '2026-11-10', '王刚', '', '业绩', '9', '', '', '', '', '', '', '', '', '2026-03-10']),
      sheetRow([
        '市教育局',
        '2026-11-10',
        '王刚',
        '',
        '业绩',
        '4',
        '',
        '鞍山日报',
        '',
        '',
        '鞍山市级以上',
        '',
        '',
        '',
        '2026-06-01',
      ]),
      sheetRow(['市教育局', '', '王刚', '', '业绩', '2', '李娜', '海城高中', '副高', '是', '', '', '', '', '2026/5/1']),
      sheetRow([
        '市教育局',
        '2026-11-10',
        '',
        '',
        '业绩',
        '2',
        '李娜',
        '海城高中',
        '副高',
        '是',
        '',
        '',
        '',
        '',
        '2026/5/1',
      ]),
    ];
    const plan = planClaimImport(rows, units);
    expect(plan.good).toEqual([]);
    expect(plan.bad.map((b) => [b.row, b.field, b.rule])).toEqual([
      [2, 'unit', 'unknown-unit'],
      [3, 'rule', 'unknown-rule'],
      [4, 'title', 'too_small'],
      [5, 'receivedOn', 'required'],
      [6, 'declaredBy', 'too_small'],
    ]);
  });

  it('names the columns a sheet lacks', () => {
    expect(missingClaimHeaders(['单位', '加分项'])).toEqual(['receivedOn', 'declaredBy', 'summary', 'on']);
  });
});
