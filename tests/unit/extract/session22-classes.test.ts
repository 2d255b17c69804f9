// Session 22's classes (docs/adapters.md, "Session 22: record drawers and Latin American records"). Each rule on a
// small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-02T10:00:00Z');

function read(body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>Clientes</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

// Vuetify 3's list items: a subtitle caption over a title value.
const items = (rows: [string, string][]) =>
  rows
    .map(
      ([l, v]) =>
        `<div class="v-list-item"><div class="v-list-item__content"><div class="v-list-item-subtitle">${l}</div><div class="v-list-item-title">${v}</div></div></div>`,
    )
    .join('');

const clientsTable = `<main class="v-main"><h1>Clientes</h1><table class="v-table"><thead><tr><th>Código</th><th>Cliente</th><th>Celular</th></tr></thead><tbody>
  <tr><td>CL-2201</td><td>Rojas Peña, Andrea</td><td>3*** 4410</td></tr>
  <tr><td>CL-2202</td><td>Gómez Díaz, Julián</td><td>3*** 9981</td></tr>
  <tr><td>CL-2203</td><td>Suárez Mejía, Camila</td><td>3*** 1207</td></tr></tbody></table></main>`;

describe('a drawer opened over a list to show one record', () => {
  const drawer = (open: boolean) =>
    `<nav class="v-navigation-drawer v-navigation-drawer--right v-navigation-drawer--temporary${open ? ' v-navigation-drawer--active' : ''}"${open ? '' : ' style="display:none"'}><div class="v-navigation-drawer__content"><div class="v-toolbar-title">Ficha del cliente</div><div class="v-list">${items(
      [
        ['Código de cliente', 'CL-2201'],
        ['Nombre completo', 'Andrea Rojas Peña'],
        ['Celular', '+57 310 552 4410'],
        ['Dirección', 'Carrera 43A # 18-20'],
        ['Ciudad', 'Medellín'],
        ['Departamento', 'Antioquia'],
        ['Asesor comercial', 'Felipe Ospina'],
      ],
    )}</div></div></nav>`;

  it('is the record, even as a Vuetify <nav> navigation drawer; the list behind it is not', () => {
    const v = read(clientsTable + drawer(true), 'https://crm.example/clientes?ficha=CL-2201', 'es-CO');
    expect(v.name).toBe('Andrea Rojas Peña');
    expect(v.mobile).toBe('+573105524410');
    expect(v.customerId).toBe('CL-2201');
    expect(v.address).toBe('Carrera 43A # 18-20, Medellín, Antioquia');
    expect(v.owner).toBe('Felipe Ospina');
  });

  it('closed, it leaves the list page with no customer', () => {
    expect(read(clientsTable + drawer(false), 'https://crm.example/clientes', 'es-CO')).toEqual({});
  });

  it('the app’s own navigation drawer (a menu of links) stays navigation', () => {
    const menu = `<nav class="v-navigation-drawer v-navigation-drawer--left"><div class="v-navigation-drawer__content"><div class="v-list">
      <a class="v-list-item" href="/clientes">Clientes</a><a class="v-list-item" href="/creditos">Créditos</a>
      <div class="v-list-item"><div class="v-list-item-subtitle">Usuario</div><div class="v-list-item-title">Felipe Ospina</div></div>
      <div class="v-list-item"><div class="v-list-item-subtitle">Celular</div><div class="v-list-item-title">+57 300 111 2233</div></div>
    </div></div></nav>`;
    const record = `<main><h1>Andrea Rojas Peña</h1>${items([
      ['Código de cliente', 'CL-2201'],
      ['Celular', '+57 310 552 4410'],
      ['Correo electrónico', 'andrea.rojas@correo.example'],
      ['Dirección', 'Carrera 43A # 18-20'],
    ])}</main>`;
    const v = read(menu + record, 'https://crm.example/clientes/2201', 'es-CO');
    expect(v.mobile).toBe('+573105524410');
    expect(v.name).toBe('Andrea Rojas Peña');
  });
});

describe('a Latin American department in the address; a company department is not', () => {
  const page = (rows: [string, string][]) =>
    `<main><h1>Héctor Quispe Mamani</h1><table>${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table></main>`;
  it('Dirección · Ciudad · Departamento read as one address', () => {
    const v = read(
      page([
        ['Teléfono', '+591 2 245 1180'],
        ['Dirección', 'Calle Comercio 1422'],
        ['Ciudad', 'Oruro'],
        ['Departamento', 'Oruro'],
      ]),
      'https://crm.example/clientes/77',
      'es-BO',
    );
    expect(v.address).toBe('Calle Comercio 1422, Oruro, Oruro');
  });
  it('"Departamento: Compras" after the address is the contact’s place in the firm, not a part of it', () => {
    const v = read(
      page([
        ['Teléfono', '+591 2 244 0917'],
        ['Dirección', 'Av. Arce 2520'],
        ['Ciudad', 'La Paz'],
        ['Departamento', 'Compras'],
      ]),
      'https://crm.example/contactos/78',
      'es-BO',
    );
    expect(v.address).toBe('Av. Arce 2520, La Paz');
  });
});

describe('Bolivian and microfinance words', () => {
  const page = `<main><h1>Héctor Quispe Mamani</h1><dl><dt>Cédula de identidad</dt><dd>4471302-1B SC</dd><dt>Celular</dt><dd>+591 71 220 934</dd><dt>Oficial de crédito</dt><dd>Rosa Choque</dd><dt>Fecha de firma del contrato</dt><dd>03/09/2025</dd></dl></main>`;
  it('a cédula with its issuing department (and a duplicate complement) on a Bolivian page; a credit officer; a contract signing date', () => {
    const v = read(page, 'https://crm.example/socios/91', 'es-BO');
    expect(v.idNumber).toBe('4471302-1B SC');
    expect(v.owner).toBe('Rosa Choque');
    expect(v.signDate).toBe('2025-09-03');
  });
  it('the same digits and letters are no id number on a page of another country', () => {
    expect(read(page, 'https://crm.example/socios/91', 'es-ES').idNumber).toBeUndefined();
  });
});
