import { checkConflictOfInterest } from '@/utils/core/checks/conflict-of-interest';
import { checkCustomer } from '@/utils/core/checks/check-customer';
import { checkIdConsistency } from '@/utils/core/checks/id-checks';
import { checkKeyFields } from '@/utils/core/checks/key-fields';
import { findSharedContacts } from '@/utils/core/checks/shared-contacts';
import { computeIdCheckChar } from '@/utils/core/id-number';
import { makeContext } from './make-context';

const maleId = '110105197911083172';
const femaleBase = '11010519800101002';
const femaleId = femaleBase + computeIdCheckChar(femaleBase);
const holder = {
  name: '张三',
  gender: 'male',
  birthDate: '1979-11-08',
  idNumber: maleId,
  address: '北京市朝阳区',
  mobile: '13912345678',
};

describe('ID number checks', () => {
  it.each([
    [{ idNumber: maleId, birthDate: '1979-11-08', gender: 'male' }, []],
    [{ idNumber: femaleId, birthDate: '1980-01-01', gender: 'female' }, []],
    [{ idNumber: '11010519791108317X' }, ['id-check-digit']],
    [{ idNumber: '110105197902303172' }, ['id-birth-date']],
    [{ idNumber: '110105791108317' }, ['id-format']],
    [{ idNumber: maleId, birthDate: '1979-11-09', gender: 'female' }, ['id-birth-date-mismatch', 'id-gender-mismatch']],
    [{ name: 'no id' }, []],
  ])('%j → %j', (values, codes) => {
    expect(checkIdConsistency(makeContext(values)).map((f) => f.code)).toEqual(codes);
  });

  it('checks the insured person too', () => {
    const ctx = makeContext({}, { insuredIdNumber: femaleId, insuredGender: 'male' });
    expect(checkIdConsistency(ctx, 'insured')).toMatchObject([
      { code: 'id-gender-mismatch', field: 'insuredGender', severity: 'error' },
    ]);
  });
});

describe('key fields', () => {
  it('asks the hesitation-period callback for every holder field (phone or mobile will do)', () => {
    expect(checkKeyFields(makeContext(holder), 'hesitation-period', '2025-03-03').map((f) => f.code)).toEqual([
      'insured-not-shown',
    ]);
    const missing = checkKeyFields(
      makeContext({ name: '张三', phone: '010-12345678' }),
      'hesitation-period',
      '2025-03-03',
    );
    expect(missing.filter((f) => f.code === 'key-field-missing').map((f) => f.field)).toEqual([
      'gender',
      'birthDate',
      'idNumber',
      'address',
    ]);
    expect(missing[0]?.message.en).toBe('Key field missing: gender.');
  });

  it.each([
    ['2010-05-01', []],
    ['1990-05-01', ['insuredIdNumber']],
  ])('an insured born %s needs an ID number unless a minor: missing %j', (birth, missing) => {
    const ctx = makeContext(holder, { insuredName: '张小', insuredGender: 'female', insuredBirthDate: birth });
    expect(checkKeyFields(ctx, 'hesitation-period', '2025-03-03').map((f) => f.field)).toEqual(missing);
  });

  it('never asks a company record for a person-only field (gender, birth date, resident ID)', () => {
    const company = {
      ...makeContext({ name: '上海明德贸易有限公司', phone: '021-55550000' }),
      entity: 'company' as const,
    };
    const findings = checkKeyFields(company, 'hesitation-period', '2025-03-03');
    expect(findings.filter((f) => f.code === 'key-field-missing').map((f) => f.field)).toEqual(['address']);
    const person = makeContext({ name: '张三', phone: '021-55550000' });
    expect(checkKeyFields(person, 'hesitation-period', '2025-03-03').map((f) => f.field)).toContain('idNumber');
  });

  it('asks a power repair callback for the address', () => {
    expect(
      checkKeyFields(makeContext({ name: 'A', mobile: '13912345678' }), 'power-repair', '2025-03-03'),
    ).toMatchObject([{ field: 'address', severity: 'warning' }]);
  });
});

describe('shared phone or bank account', () => {
  const ctx = makeContext({ mobile: '139 1234 5678' }, { bankAccount: '6222 0000 1111 2222' });
  it('flags the same mobile and the same account on other customers, in any notation', () => {
    const findings = findSharedContacts(ctx, 'me', [
      { customerKey: 'me', values: { mobile: '13912345678' } },
      { customerKey: 'b', values: { phone: '+86 13912345678' } },
      { customerKey: 'c', values: { mobile: '13912345678', bankAccount: '6222-0000-1111-2222' } },
      { customerKey: 'd', values: { mobile: '13900000000' } },
    ]);
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['shared-phone', 'mobile'],
      ['shared-bank-account', 'bankAccount'],
    ]);
    expect(findings[0]?.message.en).toContain('2 other customer(s)');
  });

  it('is quiet when nobody else shares them', () => {
    expect(findSharedContacts(ctx, 'me', [{ customerKey: 'me', values: { mobile: '13912345678' } }])).toEqual([]);
  });
});

describe('conflict of interest', () => {
  it.each([
    ['李 四', ['李四'], true],
    ['Li Si', ['li.si', 'Li Si'], true],
    ['李四', ['王五'], false],
    ['', ['王五'], false],
  ])('owner %s, agent %j → warning %s', (owner, agent, warned) => {
    expect(checkConflictOfInterest(makeContext(owner ? { owner } : {}), agent).length > 0).toBe(warned);
  });
});

describe('checkCustomer', () => {
  it('puts errors before warnings and info', () => {
    const ctx = makeContext({ ...holder, gender: 'female', owner: 'agent-a' });
    const findings = checkCustomer({
      context: ctx,
      customerKey: 'me',
      kind: 'hesitation-period',
      agent: 'agent-a',
      others: [],
      today: '2025-03-03',
    });
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
    expect(findings.map((f) => f.code)).toEqual(['id-gender-mismatch', 'conflict-of-interest', 'insured-not-shown']);
  });
});
