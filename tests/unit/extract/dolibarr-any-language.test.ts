// Dolibarr cards in any UI language (the third live set, tests/fixtures/holdout/dolibarr-live-3, seen in es_ES, de_DE,
// fr_FR, pt_BR): the sales representatives and the contact's civility are found by the card's markup, not by the
// label's words. Invented markup in the shape Dolibarr 20 prints (docs/adapters.md, "Dolibarr").
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-02T00:00:00Z');

/** A third-party card: banner, then the right-hand table whose sales-representatives row is labelled `repLabel`. */
function thirdparty(
  repLabel: string,
  reps: string[],
  type = 'PYME',
  editable = false,
  name = 'Ferretería Olmo S.A.',
): string {
  const users = reps
    .map(
      (name, i) =>
        `<a href="/user/card.php?id=${i + 7}" class="classfortooltip"><span class="nopadding userimg"><img alt=""></span><span class="nopadding usertext">${name}</span></a> `,
    )
    .join('');
  return `<html><body><div id="id-right"><div class="fiche">
    <div class="arearef heightref valignmiddle centpercent">
      <div class="photosociete"></div><a href="/societe/list.php?restore_lastsearch_values=1">Volver al listado</a>
      <div class="refid">${name}</div>
      <div class="refidno"><span class="fas fa-phone"></span> +34 955 010 203</div>
    </div>
    <div class="fichecenter"><div class="fichehalfright"><table class="border tableforfield centpercent"><tbody>
      ${
        editable
          ? `<tr><td><table class="nobordernopadding" width="100%"><tbody><tr><td>Tipo de tercero</td><td class="right">
        <a class="editfielda" href="/societe/card.php?action=editthirdpartytype&amp;socid=12">
          <span class="fas fa-pencil-alt" title="Editar"></span></a></td></tr></tbody></table></td><td>${type}</td></tr>`
          : `<tr><td><table class="nobordernopadding" width="100%"><tbody><tr><td>Tipo de tercero</td></tr></tbody></table></td><td>${type}</td></tr>`
      }
      <!-- linesalesrepresentative.tpl.php -->
      <tr><td><table class="nobordernopadding centpercent"><tbody><tr><td>${repLabel}</td><td class="right">
        <a class="editfielda reposition" href="/societe/card.php?action=editsalesrepresentatives&amp;socid=12">
          <span class="fas fa-pencil-alt" title="Editar"></span></a></td></tr></tbody></table></td>
        <td>${users}</td></tr>
    </tbody></table></div></div>
  </div></div></body></html>`;
}

/** A contact card whose left-hand table starts with the civility row labelled `label`. */
function contact(label: string, civility: string): string {
  return `<html><body><div id="id-right"><div class="fiche">
    <div class="arearef heightref valignmiddle centpercent">
      <a href="/contact/list.php?restore_lastsearch_values=1">Zurück zur Liste</a>
      <div class="refid">Helga Brandt</div>
      <div class="refidno"><span class="fas fa-mobile-alt"></span> +49 152 0001 2345</div>
    </div>
    <div class="fichecenter"><div class="fichehalfleft"><table class="border tableforfield" width="100%"><tbody>
      <tr><td class="titlefield">${label}</td><td>${civility}</td></tr>
      <tr><td>Position/Funktion</td><td>Leiterin Einkauf</td></tr>
    </tbody></table></div></div>
  </div></div></body></html>`;
}

describe('Dolibarr sales representatives in any UI language', () => {
  it.each([
    ['Comerciales', ['Marta Gil'], 'Marta Gil'],
    ['Representantes comerciais', ['Paulo Reis', 'Ana Lima'], 'Paulo Reis, Ana Lima'],
    ['Rappresentanti di vendita', ['Luca Bassi'], 'Luca Bassi'],
  ])('%s: the representatives of the row with their edit link', (label, reps, owner) => {
    const ctx = extractCustomer(
      parsePage(thirdparty(label, reps)),
      'http://127.0.0.1:8080/societe/card.php?socid=12',
      NOW,
    );
    expect(ctx.adapterId).toBe('dolibarr-thirdparty');
    expect(ctx.fields.owner?.value).toBe(owner);
  });
});

describe('Dolibarr contact civility in any UI language', () => {
  it.each([
    ['Anrede', 'Frau', 'female'],
    ['Anrede', 'Herr', 'male'],
    ['Titre civilité', 'Madame', 'female'],
    ['Título de cortesía', 'Señor', 'male'],
  ])('%s %s gives the gender', (label, civility, gender) => {
    const ctx = extractCustomer(
      parsePage(contact(label, civility)),
      'http://127.0.0.1:8080/contact/card.php?id=31',
      NOW,
    );
    expect(ctx.adapterId).toBe('dolibarr-contact');
    expect(ctx.fields.gender?.value).toBe(gender);
  });

  it('a first row that is no civility (a doctor, an empty one) gives no gender', () => {
    for (const civility of ['Doktor', '']) {
      const ctx = extractCustomer(
        parsePage(contact('Anrede', civility)),
        'http://127.0.0.1:8080/contact/card.php?id=31',
        NOW,
      );
      expect(ctx.fields.gender).toBeUndefined();
    }
  });
});

describe('Dolibarr private individual: the banner name is no company', () => {
  const read = (type: string, editable: boolean, name = 'Lucía Navarro Ortiz') =>
    extractCustomer(
      parsePage(thirdparty('Comerciales', ['Marta Gil'], type, editable, name)),
      'http://127.0.0.1:8080/societe/card.php?socid=12',
      NOW,
    );
  it.each([
    ['Particular', true],
    ['Privatperson', false],
    ['私营个体', true],
    ['自營商', false],
    ['Private individual', true],
  ])('third-party type %s (edit link %s): no company, the name stays', (type, editable) => {
    const ctx = read(type, editable);
    expect(ctx.adapterId).toBe('dolibarr-thirdparty');
    expect(ctx.fields.name?.value).toBe('Lucía Navarro Ortiz');
    expect(ctx.fields.company).toBeUndefined();
    expect(ctx.entity).toBe('person');
  });
  it.each([
    ['PYME', true],
    ['Gran empresa', false],
    ['Particulares y empresas', true],
  ])('third-party type %s: the banner name is the company', (type, editable) => {
    expect(read(type, editable, 'Ferretería Olmo S.A.').fields.company?.value).toBe('Ferretería Olmo S.A.');
  });
});
