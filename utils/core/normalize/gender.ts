// Gender as written on CRM pages → 'male' | 'female'; anything else is not read as a gender.

const MALE = new Set([
  '男',
  '男性',
  '先生',
  'm',
  'male',
  'man',
  'mr',
  'mr.',
  'homme',
  'masculin',
  'hombre',
  'männlich',
  // Russian, Portuguese, Spanish, Italian, Korean, Persian, Arabic, Turkish, Vietnamese, Indonesian, Polish words.
  'мужской',
  'мужчина',
  'муж.',
  'masculino',
  'maschio',
  'uomo',
  '남',
  '남성',
  '남자',
  'مرد',
  'آقا',
  'ذكر',
  'erkek',
  'nam',
  'laki-laki',
  'pria',
  'mężczyzna',
  'he/him',
  'he/him/his',
]);
const FEMALE = new Set([
  '女',
  '女性',
  '女士',
  '小姐',
  'f',
  'female',
  'woman',
  'ms',
  'ms.',
  'mrs',
  'mrs.',
  'femme',
  'féminin',
  'mujer',
  'weiblich',
  'женский',
  'женщина',
  'жен.',
  'feminino',
  'femenino',
  'femmina',
  'donna',
  '여',
  '여성',
  '여자',
  'زن',
  'خانم',
  'أنثى',
  'kadın',
  'nữ',
  'perempuan',
  'wanita',
  'kobieta',
  'she/her',
  'she/her/hers',
]);

export function normalizeGender(input: string): 'male' | 'female' | null {
  const text = input
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
  if (MALE.has(text)) return 'male';
  if (FEMALE.has(text)) return 'female';
  return null;
}
