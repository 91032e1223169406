/** 人员角色 person role. */
export const PERSON_ROLES = ['staff', 'contact', 'invitee', 'talent'] as const;
// staff 人才办工作人员 · contact 单位联络人 · invitee 特邀列席 · talent 人才（服务对象）
export type PersonRole = (typeof PERSON_ROLES)[number];

/** 特邀类别 invitee kind (System 1, participants 3). */
export const INVITEE_KINDS = ['deputy', 'member', 'expert'] as const;
// deputy 市人大代表 · member 政协委员 · expert 专家人才代表
export type InviteeKind = (typeof INVITEE_KINDS)[number];

/** 人才类别 talent category — the seed's list (System 4, evaluators). */
export const TALENT_CATEGORIES = [
  'academician', // 两院院士
  'overseas', // 海外引进人才
  'tenThousand', // 国家“万人计划”专家
  'hundredThousand', // 国家“百千万人才工程”人选
  'innovationPromotion', // 国家“创新人才推进计划”人选
  'nsfcYoung', // 国家杰出青年科学基金获得者
  'xingliao', // “兴辽英才计划”入选者
  'provincialExpert', // 省优秀专家
  'liaoningOutstanding', // 辽宁省优秀科技工作者、优秀企业家
  'otherExpert', // 其他经认定的专家人才
  'graduate', // 在海城就业创业的高校毕业生
] as const;
export type TalentCategory = (typeof TALENT_CATEGORIES)[number];

/** 所在领域 sector of a talent's employer (System 4: schools, hospitals, enterprises, …). */
export const TALENT_SECTORS = ['school', 'hospital', 'enterprise', 'research', 'social'] as const;
export type TalentSector = (typeof TALENT_SECTORS)[number];

/** 人员 person in the registry. */
export interface Person {
  id: string;
  role: PersonRole;
  name: string;
  gender: '' | 'male' | 'female';
  /** Unit the person belongs to (contacts), or null. */
  unitId: string | null;
  post: string;
  phone: string;
  inviteeKind: InviteeKind | null;
  talentCategory: TalentCategory | null;
  sector: TalentSector | null;
  employer: string;
  isActive: 0 | 1;
  /** personSortKey: role rank, name, id */
  sortKey: string;
  isSample: 0 | 1;
  createdAt: string;
  updatedAt: string;
}

/** Sort key for keyset paging: role rank, then name, then id so that it is unique. */
export function personSortKey(role: PersonRole, name: string, id: string): string {
  return `${personSortPrefix(role)}${name}|${id}`;
}

/** Every sort key of one role starts with this, so a role is a key range of the one index. */
export function personSortPrefix(role: PersonRole): string {
  return `${PERSON_ROLES.indexOf(role)}|`;
}

/** The fields a search looks in. */
export function personSearchFields(p: Pick<Person, 'name' | 'post' | 'employer' | 'phone'>): string[] {
  return [p.name, p.post, p.employer, p.phone];
}
