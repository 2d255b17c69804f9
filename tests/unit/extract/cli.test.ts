import { spawnSync } from 'node:child_process';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/extract.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('extract CLI', () => {
  it('prints normalised fields of a saved page, the adapter chosen by --url', () => {
    const out = run('tests/fixtures/crm-pages/wukongcrm-customer.html', '--url', 'https://crm.example/#/crm/customer');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as {
      adapterId: string;
      fields: Record<string, string>;
      values: Record<string, { raw: string }>;
    };
    expect(json.adapterId).toBe('wukongcrm');
    expect(json.fields).toMatchObject({
      name: '周雅琴',
      gender: 'female',
      birthDate: '1986-04-23',
      signDate: '2025-10-28',
      mobile: '13817426390',
    });
    expect(json.values.gender?.raw).toBe('女');
  });

  it('falls back to the generic extractor, and never runs the page script (Twenty stays on its first record)', () => {
    const out = run('tests/fixtures/crm-pages/twenty-person.html', '--generic');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as { adapterId: string | null; fields: Record<string, string> };
    expect(json.adapterId).toBeNull();
    expect(json.fields.email).toBe('jonah.reyes@lumenfield.example');
  });

  it.each([
    [['missing.html'], /cannot read missing\.html/],
    [['package.json'], /does not look like an HTML page/],
    [['tests/fixtures/crm-pages/hxtd-customer.html', '--url', 'not a url'], /not a valid URL/],
    [['tests/fixtures/crm-pages/hxtd-customer.html', '--date-order', 'xyz'], /--date-order must be/],
  ])('exits 1 with a clear message for %j', (args, message) => {
    const out = run(...args);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });
});
