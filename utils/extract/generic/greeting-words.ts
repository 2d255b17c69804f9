// The greeting an app's user bar opens with ("Welcome, jdoe", "Benvingut/da, jvidal", "欢迎您，admin"): the line
// names the signed-in user, never the customer or their company (docs/adapters.md, "Session 18: round 19's wrong
// values"). Words of the CRM languages, lower case.
const GREETING_WORDS = [
  'welcome',
  'welcome back',
  'hello',
  'hi',
  'bienvenido',
  'bienvenida',
  'hola',
  'benvingut',
  'benvinguda',
  'bienvenue',
  'bonjour',
  'willkommen',
  'hallo',
  'benvenuto',
  'benvenuta',
  'bem-vindo',
  'bem-vinda',
  'olá',
  'welkom',
  'witaj',
  'witamy',
  'vítejte',
  'vitajte',
  'üdvözöljük',
  'välkommen',
  'velkommen',
  'tervetuloa',
  'hoş geldiniz',
  'merhaba',
  'selamat datang',
  'chào mừng',
  'xin chào',
  'добро пожаловать',
  'здравствуйте',
  'вітаємо',
  'καλώς ήρθατε',
  '欢迎',
  '欢迎您',
  '歡迎',
  '歡迎您',
  '您好',
  '你好',
  'ようこそ',
  'こんにちは',
  '환영합니다',
  '안녕하세요',
  'مرحبا',
  'أهلا',
  'خوش آمدید',
  'ברוך הבא',
  'שלום',
  'स्वागत',
  'नमस्ते',
];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The word, a gendered ending ("Benvingut/da", "Bem-vindo(a)"), then punctuation, a space or the end.
const OPENS_WITH_GREETING = new RegExp(
  `^(?:${[...GREETING_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})` + `(?:\\/\\p{L}{1,4}|\\(\\p{L}{1,3}\\))?(?=[\\s,，!！:：、.]|$)`,
  'iu',
);

/** Whether a line opens with a greeting: an app's welcome to its signed-in user. */
export function opensWithGreeting(text: string): boolean {
  return OPENS_WITH_GREETING.test(text.trim());
}
