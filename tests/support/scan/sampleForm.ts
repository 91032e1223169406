import type { PaperChoice, PaperFormDefinition } from '../../../shared/systems/evaluation/paperForm/definition';

export const FIVE_GRADES: PaperChoice[] = [
  { id: 'verySatisfied', label: '非常满意' },
  { id: 'satisfied', label: '满意' },
  { id: 'fair', label: '基本满意' },
  { id: 'dissatisfied', label: '不满意' },
  { id: 'veryDissatisfied', label: '非常不满意' },
];

const grades = (id: string, text: string) => ({ kind: 'grades' as const, id, text, grades: FIVE_GRADES });

/** A questionnaire of every kind of item, as System 4 would hand it over: three pages. */
export const SAMPLE_FORM: PaperFormDefinition = {
  questionnaireId: 'q-2026-salon',
  version: 2,
  title: '海城市人才服务满意度调查问卷',
  secrecy: 'internal',
  instructions: [
    '为了解我市各部门、各单位服务人才工作情况，听取您的意见和建议，特开展本次调查。问卷不记名，请根据实际感受如实填写。',
  ],
  sections: [
    {
      title: '总体评价',
      items: [
        grades('g1', '对我市人才政策宣传解读工作的满意程度'),
        grades('g2', '对人才项目申报、评审工作公开透明的满意程度'),
        grades('g3', '对人才活动平台（研修班、高端人才沙龙等）的满意程度'),
        grades('g4', '对各部门履职尽责情况的满意程度'),
        grades('g5', '对办事效率的满意程度'),
        grades('g6', '对工作人员服务态度的满意程度'),
        grades('g7', '对人才安居、子女入学、配偶就业等服务保障的满意程度'),
        grades('g8', '对我市人才发展环境的总体满意程度'),
      ],
    },
    {
      title: '分单位评价',
      items: [
        {
          kind: 'matrix',
          id: 'm1',
          text: '请对下列单位在各项内容上的表现作出评价',
          units: [
            { id: 'u1', label: '市人力资源和社会保障局' },
            { id: 'u2', label: '市科学技术局' },
            { id: 'u3', label: '市教育局' },
            { id: 'u4', label: '高新技术产业开发区' },
          ],
          contents: [
            { id: 'c1', label: '政策、项目、活动平台和工作载体' },
            { id: 'c2', label: '履职尽责、办事效率和服务态度' },
            { id: 'c3', label: '其他' },
          ],
          grades: FIVE_GRADES,
        },
      ],
    },
    {
      title: '基本情况和意见建议',
      items: [
        {
          kind: 'single',
          id: 's1',
          text: '您所在单位的类型',
          options: [
            { id: 'school', label: '学校' },
            { id: 'hospital', label: '医院' },
            { id: 'enterprise', label: '企业' },
            { id: 'institute', label: '科研院所' },
            { id: 'social', label: '社会组织' },
            { id: 'other', label: '其他' },
          ],
        },
        {
          kind: 'single',
          id: 's2',
          text: '您来海城工作的年限',
          options: [
            { id: 'lt1', label: '不满1年' },
            { id: '1to3', label: '1年至3年' },
            { id: '3to5', label: '3年至5年' },
            { id: 'gt5', label: '5年以上' },
          ],
        },
        {
          kind: 'multiple',
          id: 'p1',
          text: '您通过哪些渠道反映过意见',
          maxChoices: 3,
          options: [
            { id: 'hotline', label: '24小时服务热线' },
            { id: 'box', label: '意见箱' },
            { id: 'talk', label: '谈心谈话' },
            { id: 'visit', label: '走访调研' },
            { id: 'phone', label: '电话问询' },
            { id: 'event', label: '主题活动' },
          ],
        },
        { kind: 'text', id: 't1', text: '您对我市人才工作还有哪些意见和建议？', lines: 4 },
        { kind: 'text', id: 't2', text: '您在工作和生活中遇到的需要协调解决的具体困难：', lines: 3 },
      ],
    },
  ],
};
