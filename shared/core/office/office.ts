import { z } from 'zod';

/** Office and leader settings: printed on slips and documents. Haicheng's by default. */
export const officeSettingsSchema = z.object({
  cityName: z.string().trim().min(1).max(20),
  /** 领导小组 name, e.g. 海城市人才工作领导小组 */
  leadingGroupName: z.string().trim().min(1).max(60),
  /** 人才办 name, e.g. 中共海城市委人才工作领导小组办公室 */
  officeName: z.string().trim().min(1).max(60),
  /** 组长 group leader */
  groupLeaderName: z.string().trim().max(20),
  groupLeaderTitle: z.string().trim().max(40),
  /** 人才办主任 office director (市委组织部副部长) */
  directorName: z.string().trim().max(20),
  directorTitle: z.string().trim().max(40),
  /** 发文字号 prefixes, e.g. 海人才发 */
  documentPrefixes: z.array(z.string().trim().min(1).max(12)).min(1).max(10),
  // The fields below came after the first release: defaults keep older saved settings valid.
  /** 呈批单 series, e.g. 海人才办呈〔2026〕11号 */
  approvalSlipPrefix: z.string().trim().min(1).max(12).default('海人才办呈'),
  /** 督办通知单 series, e.g. 海人才督〔2026〕7号 */
  supervisionSlipPrefix: z.string().trim().min(1).max(12).default('海人才督'),
  /** 联系人 line printed on notices and slips, e.g. 联系人：王芳，电话：0412-3210000 */
  contactLine: z.string().trim().max(60).default(''),
});
export type OfficeSettings = z.infer<typeof officeSettingsSchema>;

export const DEFAULT_OFFICE_SETTINGS: OfficeSettings = {
  cityName: '海城市',
  leadingGroupName: '海城市人才工作领导小组',
  officeName: '海城市人才工作领导小组办公室',
  groupLeaderName: '',
  groupLeaderTitle: '市委常委、组织部部长',
  directorName: '',
  directorTitle: '市委组织部副部长、市人才办主任',
  documentPrefixes: ['海人才发', '海人才办发'],
  approvalSlipPrefix: '海人才办呈',
  supervisionSlipPrefix: '海人才督',
  contactLine: '',
};

/**
 * The sample office's leaders: loading sample data fills the names the office has left blank, so
 * sample documents name who chaired and who signed. Names the office typed are never replaced.
 */
export const SAMPLE_LEADER_NAMES = { groupLeaderName: '张建国', directorName: '刘志刚' } as const;

export function withSampleLeaders(office: OfficeSettings): OfficeSettings {
  return {
    ...office,
    groupLeaderName: office.groupLeaderName || SAMPLE_LEADER_NAMES.groupLeaderName,
    directorName: office.directorName || SAMPLE_LEADER_NAMES.directorName,
  };
}

/** Security settings. */
export const securitySettingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1).max(240),
});
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;
export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = { idleLockMinutes: 10 };
