import { addDays, type LocalDate } from '../../../../shared/core/common/localDate';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import type { BonusRound } from '../../../../shared/systems/incentives/round';
import type { Unit } from '../../../../shared/systems/registry';
import type { Random } from '../../../core/sample';
import { reviewed, sampleClaim, sampleFacts, sampleLine, sampleRound } from './sampleClaims';
import { SUMMARIES } from './samplePhrases';

/**
 * The sample year's rounds and applications before any decision: an annual round (five units, one
 * over every cap), a special round reviewed and ready for the leader, an open round under review
 * (with a possible duplicate of a person the annual round awarded) and an older special round.
 */
export function sampleYear(rng: Random, today: LocalDate, pool: readonly Unit[]) {
  const f = sampleFacts(rng);
  const units = rng.shuffle(pool).slice(0, 9);
  const day = (n: number) => addDays(today, n);
  const ok = (on: LocalDate) => reviewed('accepted', on);
  const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
  const annual = sampleRound(rng, { kind: 'annual', title: '', opensOn: day(-140), closesOn: day(-110) });
  annual.title = `${annual.year}年度人才工作激励奖励评定`;
  const special = sampleRound(rng, {
    kind: 'special',
    title: '“双招双引”专项激励评定',
    subject: '“双招双引”专项行动',
    opensOn: day(-50),
    closesOn: day(-20),
  });
  const open = sampleRound(rng, {
    kind: 'special',
    title: '人才驿站建设专项评定',
    subject: '人才驿站建设',
    opensOn: day(-10),
    closesOn: day(20),
  });
  const rejected = sampleRound(rng, {
    kind: 'special',
    title: '人才政策宣传专项评定',
    subject: '人才政策宣传',
    opensOn: day(-200),
    closesOn: day(-180),
  });
  const at = (round: BonusRound) =>
    round.opensOn > addDays(round.closesOn, -5) ? round.opensOn : addDays(round.closesOn, -5);
  const claim = (round: BonusRound, unit: Unit, lines: BonusClaim['lines'], over: Partial<BonusClaim> = {}) =>
    sampleClaim(rng, round, unit.id, lines, { receivedOn: at(round), summary: rng.pick(SUMMARIES), ...over });
  const r = (on: LocalDate) => ok(on);
  const reviewOn = day(-100);
  const opinion = { opinion: '经审核，申报事项属实，符合激励奖励条件。', status: 'reviewed' as const };
  const firstPerson = f.person(1, day(-300));
  const claims: BonusClaim[] = [
    // Over every cap of the year: 9 introduced, 9 trained, 5 talks, 6 articles, 4 results → 5.0.
    claim(
      annual,
      units[0],
      [
        sampleLine(rng, firstPerson, r(reviewOn)),
        ...times(8, () => sampleLine(rng, f.person(1, day(-280)), r(reviewOn))),
        ...times(9, () => sampleLine(rng, f.person(2, day(-250)), r(reviewOn))),
        ...times(5, () => sampleLine(rng, f.talk(day(-200)), r(reviewOn))),
        ...times(5, () => sampleLine(rng, f.article('anshanOrHigher', day(-180), units[0].name), r(reviewOn))),
        sampleLine(
          rng,
          f.article('anshanOrHigher', day(-170), units[0].name),
          reviewed('reduced', reviewOn, '经核实刊发于海城市级报刊', { acceptedLevel: 'haicheng' }),
        ),
        ...times(4, () => sampleLine(rng, f.result(day(-150)), r(reviewOn))),
      ],
      { ...opinion, isCommended: true, kinds: ['talentResults', 'majorProjects', 'mediaCoverage', 'other'] },
    ),
    claim(
      annual,
      units[1],
      [
        sampleLine(rng, f.person(1, day(-260)), r(reviewOn)),
        sampleLine(rng, f.person(1, day(-240)), r(reviewOn)),
        sampleLine(rng, f.article('anshanOrHigher', day(-160), units[1].name), r(reviewOn)),
      ],
      { ...opinion, isCommended: true },
    ),
    claim(
      annual,
      units[2],
      [
        sampleLine(rng, f.talk(day(-190)), r(reviewOn)),
        sampleLine(rng, f.article('haicheng', day(-175), units[2].name), r(reviewOn)),
        sampleLine(rng, f.article('haicheng', day(-165), units[2].name), r(reviewOn)),
      ],
      { ...opinion, kinds: ['majorProjects', 'mediaCoverage'] },
    ),
    claim(
      annual,
      units[3],
      [
        ...times(3, () => sampleLine(rng, f.person(2, day(-230)), r(reviewOn))),
        sampleLine(rng, f.result(day(-140)), r(reviewOn)),
      ],
      { ...opinion, isCommended: true, kinds: ['talentResults', 'other'] },
    ),
    claim(
      annual,
      units[4],
      [
        sampleLine(
          rng,
          f.person(1, day(-220), { isFullTime: false }),
          reviewed('rejected', reviewOn, '柔性引进，非全职'),
        ),
        sampleLine(
          rng,
          f.article('haicheng', day(-150), units[4].name),
          reviewed('rejected', reviewOn, '未提供刊发证明'),
        ),
      ],
      { ...opinion, opinion: '经审核，申报事项均不符合加分条件。' },
    ),
    // The special round on the leader's desk: one unit's rule 5 adds nothing (already at its cap).
    claim(
      special,
      units[5],
      [
        sampleLine(rng, f.article('anshanOrHigher', day(-40), units[5].name), r(day(-15))),
        sampleLine(rng, f.result(day(-35)), r(day(-15))),
      ],
      { ...opinion, isCommended: true, kinds: ['mediaCoverage', 'other'] },
    ),
    claim(special, units[0], [sampleLine(rng, f.result(day(-30)), r(day(-15)))], { ...opinion, kinds: ['other'] }),
    // The open round: one application half reviewed, one naming a person already awarded this year.
    claim(
      open,
      units[6],
      [
        sampleLine(rng, f.talk(day(-8)), r(day(-2))),
        sampleLine(rng, f.article('anshanOrHigher', day(-6), units[6].name)),
      ],
      { receivedOn: day(-5), kinds: ['majorProjects', 'mediaCoverage'] },
    ),
    claim(open, units[7], [sampleLine(rng, { ...firstPerson, rule: 2, on: day(-9) })], { receivedOn: day(-3) }),
    claim(rejected, units[8], [sampleLine(rng, f.article('haicheng', day(-220), units[8].name), r(day(-178)))], {
      ...opinion,
      kinds: ['mediaCoverage'],
    }),
  ];
  return { rounds: [annual, special, open, rejected], claims };
}
