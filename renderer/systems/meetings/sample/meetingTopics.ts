import { addDays, type LocalDate } from '../../../../shared/core/common/localDate';
import type { AttendanceRow } from '../../../../shared/systems/meetings/attendance';
import type { AgendaItem, DeliberationDocument } from '../../../../shared/systems/meetings/topic';
import type { Unit } from '../../../../shared/systems/registry';
import type { Random } from '../../../core/sample/random';

/** What the sample meetings talk about: the seed's six kinds with Haicheng-like content. */

const SOURCES = [
  '省委人才工作会议',
  '鞍山市委人才工作领导小组全体会议',
  '《关于进一步加强新时代人才工作的意见》',
  '海城市委常委会议关于人才工作的部署',
  '全省组织部长会议',
];
const EXPERIENCE = [
  '学习江苏昆山“人才+产业”融合发展经验',
  '学习浙江宁波人才服务“一件事”集成改革做法',
  '学习辽宁大连校地合作引才经验',
  '学习山东青岛人才驿站建设运营模式',
];
const DEPLOY = [
  '通报全市人才工作情况，部署阶段性重点任务',
  '通报年度人才工作要点推进情况，部署下阶段重点任务',
  '通报“双招双引”工作进展，部署人才项目申报工作',
];
const DOCUMENTS = [
  '海城市高层次人才服务保障办法（试行）',
  '海城市人才驿站建设实施方案',
  '海城市人才公寓管理细则',
  '海城市“英才海城”计划实施细则',
  '关于支持企业柔性引进人才的若干措施',
];
const OTHER = ['研究2027年度人才工作要点', '研究高层次人才引进专项资金使用事项', '研究人才工作目标责任考核办法'];
const DECISIONS = [
  '各单位要结合实际抓好贯彻落实，形成工作合力',
  '原则同意，由市人才办根据会议意见修改完善后印发实施',
  '各镇（街道）年底前全部建成人才驿站，配齐服务人员',
  '市人才办牵头，会同有关部门于下月底前拿出具体方案',
];
const PROBLEMS = [
  '人才公寓房源不足，部分引进人才住房保障未落实',
  '企业引才补贴兑现周期较长',
  '镇级人才服务专员配备不到位',
];
const RESOLVERS = ['市住建局', '市财政局', '市人社局', '市人才办'];

type Draft = Omit<AgendaItem, 'id' | 'meetingId' | 'order' | 'createdAt' | 'updatedAt'>;

const blank = (): Omit<Draft, 'kind' | 'title'> => ({
  presenterUnitId: null,
  presenterName: '市人才办',
  secrecy: 'internal',
  summary: '',
  sourceDocument: '',
  reportingUnits: [],
  documents: [],
  proceedings: null,
  reports: [],
  inviteeOpinions: [],
  isSample: 1,
});

/** The earlier of two dates: nothing in the sample is dated after today. */
const notAfter = (date: LocalDate, today: LocalDate) => (date < today ? date : today);

function deliberation(
  rng: Random,
  units: readonly Unit[],
  on: LocalDate,
  today: LocalDate,
  isHeld: boolean,
  id: string,
): DeliberationDocument {
  const asked = rng.shuffle(units.filter((u) => u.kind !== 'village')).slice(0, rng.int(6, 12));
  const consentOn = notAfter(addDays(on, -5), addDays(today, -1));
  return {
    id,
    title: rng.pick(DOCUMENTS),
    consent:
      isHeld || rng.chance(0.5)
        ? {
            decision: 'approved',
            by: '组长',
            on: consentOn,
            remark: '',
            recordedBy: '示例',
            recordedAt: `${consentOn}T02:00:00.000Z`,
          }
        : null,
    opinions: asked.map((u, i) => ({
      unitId: u.id,
      unitName: u.name,
      askedOn: notAfter(addDays(on, -12), addDays(today, -3)),
      answeredOn: isHeld || i % 2 === 0 ? notAfter(addDays(on, -8), addDays(today, -1)) : null,
      opinion: i % 3 === 0 ? '建议进一步明确资金兑现程序和时限。' : '',
    })),
  };
}

/** Three to five topics of different kinds for one meeting; `isHeld` fills in what happened. */
export function sampleTopics(
  rng: Random,
  units: readonly Unit[],
  attendance: readonly AttendanceRow[],
  on: LocalDate,
  today: LocalDate,
  isHeld: boolean,
  isSecretMeeting: boolean,
): Draft[] {
  const towns = units.filter((u) => u.kind === 'town' || u.kind === 'zone');
  const source = rng.pick(SOURCES);
  const drafts: Draft[] = [
    { ...blank(), kind: 'convey', title: `传达学习${source}精神`, sourceDocument: source },
    {
      ...blank(),
      kind: 'reportDeploy',
      title: rng.pick(DEPLOY),
      documents: [deliberation(rng, units, on, today, isHeld, rng.uuid())],
    },
  ];
  const reporting = rng.shuffle(towns).slice(0, 3);
  drafts.push({
    ...blank(),
    kind: 'progressReports',
    title: '听取部分镇（街道）、开发区人才工作进展情况汇报',
    reportingUnits: reporting.map((u) => ({ unitId: u.id, unitName: u.name })),
  });
  if (rng.chance(0.6)) drafts.push({ ...blank(), kind: 'studyExperience', title: rng.pick(EXPERIENCE) });
  const invitees = attendance.filter((a) => a.group === 'invitee');
  if (invitees.length && rng.chance(0.7))
    drafts.push({ ...blank(), kind: 'hearInvitees', title: '征求列席人大代表、政协委员和专家人才代表意见建议' });
  if (isSecretMeeting) drafts.push({ ...blank(), kind: 'other', title: rng.pick(OTHER), secrecy: 'secret' });
  if (!isHeld) return drafts;
  return drafts.map((d) => ({
    ...d,
    proceedings: {
      reported: d.kind === 'convey' ? `市人才办传达了${d.sourceDocument}主要精神。` : '市人才办通报了有关情况。',
      problems: d.kind === 'reportDeploy' ? rng.pick(PROBLEMS) : '',
      resolvers: d.kind === 'reportDeploy' ? rng.pick(RESOLVERS) : '',
      decisions: rng.pick(DECISIONS),
      recordedAt: `${on}T08:00:00.000Z`,
      recordedBy: '示例',
    },
    reports: d.reportingUnits.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      progress: `${u.unitName}已完成年度引才任务的${rng.int(60, 95)}%。`,
      plan: '下步将加快推进人才驿站建设。',
      problems: rng.chance(0.5) ? rng.pick(PROBLEMS) : '',
      resolver: rng.pick(RESOLVERS),
    })),
    inviteeOpinions:
      d.kind === 'hearInvitees'
        ? invitees.slice(0, 2).map((a) => ({
            attendanceId: a.id,
            name: `${a.label}${a.name}`,
            opinion: '建议加大对本土人才的培养支持力度。',
            followUp: '由市人才办会同市人社局研究落实。',
          }))
        : [],
  }));
}
