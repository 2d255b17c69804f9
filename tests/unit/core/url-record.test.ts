// Record ids in URLs of a customer kind's routes (utils/core/url-record.ts, session 28).
import { recordFromUrl } from '@/utils/core/url-record';

describe('session 28: ids of a customer kind’s routes', () => {
  it('a naming-series code past a view word after a patient’s or an investor’s word is the record’s', () => {
    expect(recordFromUrl('https://crm.example/patient/detail/CY-WH-2510-0387')?.id).toBe('CY-WH-2510-0387');
    expect(recordFromUrl('https://crm.example/investors/view/CY-INV-2021-0533')?.id).toBe('CY-INV-2021-0533');
    expect(recordFromUrl('https://crm.example/orders/detail/SO-2025-0387')).toBeNull();
  });

  it('a user id on a member’s route is the member’s; on any other route it keys nothing', () => {
    expect(recordFromUrl('https://crm.example/h5/index.html#/aftersale/member?uid=SY88031457')?.id).toBe('SY88031457');
    expect(recordFromUrl('https://crm.example/h5/index.html#/aftersale/ticket?uid=SY88031457')).toBeNull();
  });
});
