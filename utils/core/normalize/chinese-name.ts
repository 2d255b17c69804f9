// Chinese names are written surname first and without a space (王芳). CRMs built on Western name fields show them
// given name first with a space ("芳 王": Dolibarr and SuiteCRM join firstname + lastname), so the same person reads
// "李伟" on their own card and "伟 李" in their company's contact list. One spelling keeps one person one name in the
// panel, the script ("请问您是李伟本人吗") and the records (docs/adapters.md, "Chinese names").

// The common single-character surnames (the most frequent ~300 of the Baijiaxing, which cover well over 95 % of
// people) and the compound ones still in use.
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';
const COMPOUND = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '端木',
  '南宫',
  '西门',
  '独孤',
  '澹台',
  '公冶',
  '太史',
  '申屠',
  '万俟',
  '闻人',
  '呼延',
  '百里',
  '东郭',
  '司空',
  '第五',
  '钟离',
  '赫连',
  '拓跋',
  '左丘',
  '濮阳',
  '淳于',
  '单于',
  '段干',
  '宗政',
  '谷梁',
  '仲孙',
  '羊舌',
];
const SURNAMES = new Set([...SINGLE, ...COMPOUND]);

const HAN = '[\\u4e00-\\u9fff\\u3400-\\u4dbf]';
// Exactly two parts of Han characters with a space between: "芳 王", "丽华 张", "无忌 欧阳".
const TWO_PARTS = new RegExp(`^(${HAN}{1,2})[\\s\\u00a0\\u3000]+(${HAN}{1,2})$`);

// The hundred most common surnames of the mainland (about 85 % of its people). Many rarer surnames are common given
// names too (强, 明, 华, 平, 文, 国, 海, 春, 云): in "强 张" only 张 is one of these, so 张 is the surname.
const COMMON_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭肖蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江闫薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严赖覃洪武莫孔',
]);

/**
 * A Chinese name shown given name first ("芳 王", "丽华 张", "强 张") → surname first without the space ("王芳",
 * "张丽华", "张强"). Only when the last part is a known surname and the first is not, or the last is one of the common
 * surnames and the first is not: "李 伟" and "张 强" (already surname first), "林 王" (both could be the surname) and
 * Japanese names ("山本 佳奈", "健一 佐藤") are returned as they are.
 */
export function surnameFirst(name: string): string {
  const m = TWO_PARTS.exec(name.trim());
  if (!m) return name;
  const [, given, surname] = m as unknown as [string, string, string];
  const turned =
    (SURNAMES.has(surname) && !SURNAMES.has(given)) || (COMMON_SURNAMES.has(surname) && !COMMON_SURNAMES.has(given));
  return turned ? surname + given : name;
}

// Words that make a short Han text a title, a note or a kind rather than a person's name (王总, 张经理, 老客户, 李老师推荐).
const NOT_GIVEN_NAME = /[总經经理师长姐哥先生女士小客户户介绍紹推荐薦约約电電话話已未不要]/;

/** A Chinese personal name as written (王芳, 欧阳明轩): a known surname, then one or two characters of a given name. */
export function isChineseName(text: string): boolean {
  const t = text.trim();
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(t) || NOT_GIVEN_NAME.test(t.slice(1))) return false;
  const compound = SURNAMES.has(t.slice(0, 2)) && t.length >= 3;
  return compound || (SURNAMES.has(t.slice(0, 1)) && t.length <= 3);
}
