/**
 * Pieces to compose village (村) and community (社区) names the way Liaodong's are formed:
 * a family's settlement (李家堡, 王家窝棚), a numbered ridge or stream (三道岗, 二道河), a
 * landmark with a direction (前台, 东岭), or a name of the collective era (红旗, 胜利).
 */

/** Surnames that name settlements; Manchu and Han families of the region (佟, 关, 那, 富 …). */
export const SETTLEMENT_FAMILIES: readonly string[] = [
  '李', '王', '张', '刘', '赵', '孙', '杨', '高', '于', '马', '徐', '郭', '许', '宋', '韩',
  '曲', '崔', '姜', '白', '佟', '关', '那', '富', '黄', '周', '吴', '郑', '陈', '邢', '付',
  '唐', '冯', '何', '吕', '田', '谷', '尹', '石', '邵', '潘', '齐', '鲍', '温', '贾', '邱',
  '侯', '苏', '常', '董', '范', '卢', '蔡', '金', '孟', '梁', '秦', '牛', '葛', '郎', '戴',
];

/** What follows 家 in a settlement name: 堡 fort, 屯 hamlet, 窝棚 shack, 岭 ridge, 沟 gully … */
export const SETTLEMENT_SUFFIXES: readonly string[] = [
  '堡', '屯', '窝棚', '岭', '沟', '台', '坨子', '店', '岗', '庄', '峪', '甸子', '房', '铺',
  '营子', '洼', '河', '寨', '园', '泡子',
];

export const COUNTED_NUMERALS: readonly string[] = ['头', '二', '三', '四', '五', '六', '七', '八', '九'];
export const COUNTED_FEATURES: readonly string[] = ['道岗', '道河', '道沟', '台子', '家子', '里铺'];

export const DIRECTIONS: readonly string[] = [
  '东', '西', '南', '北', '前', '后', '上', '下', '大', '小', '中', '新', '老', '双', '高',
];

/** Landmarks a place is named after: trees, hills, water, animals, temples. */
export const LANDMARKS: readonly string[] = [
  '台', '岭', '沟', '河', '山', '洼', '甸', '泉', '岗', '湾', '柳', '榆树', '杨树', '桃园',
  '杏山', '梨园', '石桥', '石门', '马圈', '牛圈', '羊圈', '龙湾', '凤山', '黄土坎', '白庙',
  '青石', '红土', '古城', '庙台', '井子', '碾盘', '荒地', '苇塘', '果园', '菱角泡', '镁矿',
];

/** Names from the collective era and of good omen, for villages and communities alike. */
export const AUSPICIOUS: readonly string[] = [
  '红旗', '胜利', '光明', '前进', '新华', '永安', '太平', '兴隆', '富民', '和平', '向阳', '东风',
  '丰收', '团结', '幸福', '民主', '建设', '友谊', '长兴', '永丰', '福安', '德胜', '万福', '吉祥',
  '兴旺', '宏伟', '繁荣', '振兴', '长青', '金星', '红光', '新立', '新农', '永红', '安乐', '福兴',
];

/** Urban community names: a station, gate, street, school or estate of the town. */
export const COMMUNITY_STEMS: readonly string[] = [
  '站前', '铁东', '铁西', '东关', '西关', '南关', '北关', '东城', '西城', '南城', '北城',
  '海州', '兴海', '响堂', '育才', '文化', '园林', '锦绣', '福海', '康乐', '温泉', '南环',
  '北环', '西环', '三里', '二里', '东湖', '西湖', '滨河', '海河', '青年', '工人', '新村',
  '金海', '银河', '龙海', '凤城', '世纪', '阳光', '和谐', '丽景', '天和', '御景', '中街',
  '二道街', '新兴', '商贸', '服装城', '镁都', '桥南', '桥北', '医院', '学府', '广场',
];

/** A few of what follows a community stem: a bare stem, or 里/园/苑/家园. */
export const COMMUNITY_TAILS: readonly (readonly [string, number])[] = [
  ['', 6],
  ['里', 1],
  ['园', 1],
  ['苑', 1],
  ['家园', 1],
];
