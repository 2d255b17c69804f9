// Session 17's lead classes (docs/adapters.md, "Hidden content is never read"): a part the page's own stylesheet hides
// under a class of its own. Each rule on a small page of our own (made-up markup and values).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

function read(head: string, body: string, url: string): Record<string, string> {
  const doc = parsePage(
    `<html lang="fr"><head><title>Dossier patient</title>${head}</head><body>${body}</body></html>`,
  );
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

const record = `<main><h1>Lucie Bernard</h1>
  <dl><dt>Date de naissance</dt><dd>1979-05-14</dd><dt>Sexe</dt><dd>Féminin</dd></dl>
  <div class="coordonnees-repliees"><dl><dt>Téléphone</dt><dd>+33 6 41 22 87 09</dd>
  <dt>Adresse</dt><dd>12 rue des Lilas, 69003 Lyon</dd></dl></div></main>`;

describe('what the page’s stylesheet hides is not read', () => {
  it('a collapsed contact block hidden by its class in a <style> gives no phone and no address', () => {
    const got = read('<style>.coordonnees-repliees{display:none}</style>', record, 'https://ehr.example/patient/88');
    expect(got.birthDate).toBe('1979-05-14');
    expect(got.phone ?? got.mobile).toBeUndefined();
    expect(got.address).toBeUndefined();
  });

  it('the same block shown (no such rule) is read', () => {
    const got = read('<style>.coordonnees-repliees{margin:4px}</style>', record, 'https://ehr.example/patient/88');
    expect(got.mobile ?? got.phone).toBe('+33641228709');
    expect(got.address).toContain('12 rue des Lilas');
  });
});
