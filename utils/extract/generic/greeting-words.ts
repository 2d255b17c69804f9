// The greeting an app's user bar opens with ("Welcome, jdoe", "Benvingut/da, jvidal", "欢迎您，admin"): the line
// names the signed-in user, never the customer or their company (docs/adapters.md, "Session 18: round 19's wrong
// values"). The words are the app-word tables' `greeting` (./words/page-words.ts).
import { pageWords, wordAlternatives } from './words/page-words';

// The word (longest first), a gendered ending ("Benvingut/da", "Bem-vindo(a)"), then punctuation, a space or the end.
const OPENS_WITH_GREETING = new RegExp(
  `^(?:${wordAlternatives([...pageWords('greeting')].sort((a, b) => b.length - a.length))})` +
    `(?:\\/\\p{L}{1,4}|\\(\\p{L}{1,3}\\))?(?=[\\s,，!！:：、.]|$)`,
  'iu',
);

/** Whether a line opens with a greeting: an app's welcome to its signed-in user. */
export function opensWithGreeting(text: string): boolean {
  return OPENS_WITH_GREETING.test(text.trim());
}
