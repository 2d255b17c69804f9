// Round 17: a brand, a field's own label or a box title taken as the customer's name (docs/adapters.md, "Round 17:
// names"): each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

/** The values the generic reader (adapters off) reads from a whole page, its tab title included. */
function values(title: string, body: string, url: string, lang = 'en'): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const found = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value]));
}

// A record page whose header bar holds the app's brand and the agent's name, above the record's two columns.
const BRANDED = `<div class="app"><div class="nav"></div><div class="main">
<div class="hd"><b>Orchid Desk</b><span>People › Contacts</span><span>Quentin Hale</span></div>
<div class="body"><div><div class="box"><div style="font-size:19px;font-weight:600">Marisol Ventura</div><div>Head of Purchasing · Ventura Tiles Ltd</div></div>
<div class="box"><div class="t">Contact details</div>
<div class="f"><span class="l">Phone</span><span><div>07700 900461<span class="ty">Mobile</span></div><div>0117 496 0321<span class="ty">Work</span></div></span></div>
<div class="f"><span class="l">Email</span><span>marisol@ventura-tiles.example</span></div>
<div class="f"><span class="l">Company</span><span>Ventura Tiles Ltd</span></div>
<div class="f"><span class="l">Date of birth</span><span>09/06/1984</span></div>
<div class="f"><span class="l">Gender</span><span>Female</span></div>
<div class="f"><span class="l">Address</span><span>12 Kiln Lane, Stoke-on-Trent ST4 2RE</span></div>
<div class="f"><span class="l">Account manager</span><span>Quentin Hale</span></div>
<div class="f"><span class="l">Source</span><span>Trade fair 2025</span></div></div></div>
<div><div class="box"><div class="t">Deals</div><table><tr><td>Deal</td><td>Product</td><td>Stage</td><td>Value</td></tr><tr><td>Spring refit</td><td>Tile Pro</td><td>Quote</td><td>£18,600</td></tr></table></div>
<div class="box feed"><div class="t">Activity</div><p><b>Quentin Hale</b> · 27/11/2025 — Called, demo booked.</p></div></div></div></div></div>`;

describe('the app’s brand in the header bar is never the record’s name', () => {
  it('a later part of the tab’s title, written in the header bar, is not read as the name', () => {
    const read = values('Marisol Ventura · Orchid Desk', BRANDED, 'https://app.example/contact');
    // (The name is the head line of the person's own box, beside the deals' box: docs/adapters.md, "Round 17: whose
    // record / whole records".)
    expect(read.name).toBe('Marisol Ventura');
    expect(read.email).toBe('marisol@ventura-tiles.example');
  });
});

describe('a heading that writes a field’s own label names the kind of record, not the customer', () => {
  const page = (heading: string) =>
    values(
      '律所管理 | 当事人 详情',
      `<section><h1>${heading} <small>详情</small></h1><div class="card"><div class="card-body">
        <div class="form-group"><label>编号</label><div class="box-body">5507</div></div>
        <div class="form-group"><label>当事人</label><div class="box-body">祁若岚</div></div>
        <div class="form-group"><label>联系电话</label><div class="box-body">13712094586</div></div>
        <div class="form-group"><label>联系地址</label><div class="box-body">杭州市西湖区文三路 88 号 2 幢 601</div></div>
        <div class="form-group"><label>承办律师</label><div class="box-body">顾文渊</div></div></div></div></section>`,
      'https://law.example/admin/parties/5507',
      'zh-CN',
    );

  it('<h1>当事人</h1> over a field labelled 当事人 is no name', () => {
    expect(page('当事人').name).not.toBe('当事人');
  });

  it('a heading that is no field’s label is still the name', () => {
    expect(page('祁若岚').name).toBe('祁若岚');
  });
});

describe('a box title naming the kind of page, over the record’s name', () => {
  const page = (tab: string) =>
    values(
      tab,
      `<div class="wrap"><div class="panel"><h3>Fiche client · Société</h3><div class="b">
        <div style="font-size:18px;font-weight:bold">Verrerie Lanval SARL</div><table class="kv">
        <tr><td>Téléphone</td><td>+33 4 72 10 55 81</td></tr><tr><td>E-mail</td><td>contact@lanval.example</td></tr>
        <tr><td>Adresse</td><td>14 rue des Tanneurs, 69002 Lyon</td></tr><tr><td>Responsable</td><td>Odile Marchetti</td></tr>
        </table></div></div></div>`,
      'https://crm.example/companies/311',
      'fr',
    );

  it('the name is the box’s first line when the tab’s title writes it', () => {
    expect(page('Verrerie Lanval SARL — Atelier CRM').name).toBe('Verrerie Lanval SARL');
  });
});
