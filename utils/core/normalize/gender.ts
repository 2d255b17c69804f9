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
