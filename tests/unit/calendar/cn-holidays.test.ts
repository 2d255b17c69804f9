import y2020 from 'chinese-days/dist/years/2020.json';
import y2021 from 'chinese-days/dist/years/2021.json';
import y2022 from 'chinese-days/dist/years/2022.json';
import y2023 from 'chinese-days/dist/years/2023.json';
import y2024 from 'chinese-days/dist/years/2024.json';
import y2025 from 'chinese-days/dist/years/2025.json';
import y2026 from 'chinese-days/dist/years/2026.json';
import { calendarDataSchema } from '@/utils/core/calendar/calendar-data';
import { addDays, getWeekday } from '@/utils/core/calendar/civil-date';
import { cnHolidayData } from '@/utils/core/calendar/data/cn-holidays';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';

const packageYears = { 2020: y2020, 2021: y2021, 2022: y2022, 2023: y2023, 2024: y2024, 2025: y2025, 2026: y2026 };

function range(from: string, to: string): string[] {
  const out = [from];
  while (out[out.length - 1] !== to) out.push(addDays(out[out.length - 1] ?? to, 1));
  return out;
}

describe('bundled holiday data', () => {
  it('is valid against its schema and names its source', () => {
    expect(calendarDataSchema.safeParse(cnHolidayData).success).toBe(true);
    expect(cnHolidayData.source).toContain('chinese-days');
  });

  it.each(Object.entries(packageYears))('agrees with chinese-days for %s', (year, json) => {
    const ours = cnHolidayData.years[year];
    expect(ours?.status).toBe('notice');
    expect(Object.keys(ours?.holidays ?? {}).sort()).toEqual(Object.keys(json.holidays).sort());
    expect(Object.keys(ours?.workdays ?? {}).sort()).toEqual(Object.keys(json.workdays).sort());
  });

  // The State Council notices: 国办发明电〔2024〕12号 (2025) and 国办发明电〔2025〕7号 (2026).
  it.each([
    [
      '2025',
      [
        ...range('2025-01-01', '2025-01-01'),
        ...range('2025-01-28', '2025-02-04'),
        ...range('2025-04-04', '2025-04-06'),
        ...range('2025-05-01', '2025-05-05'),
        ...range('2025-05-31', '2025-06-02'),
        ...range('2025-10-01', '2025-10-08'),
      ],
      ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    ],
    [
      '2026',
      [
        ...range('2026-01-01', '2026-01-03'),
        ...range('2026-02-15', '2026-02-23'),
        ...range('2026-04-04', '2026-04-06'),
        ...range('2026-05-01', '2026-05-05'),
        ...range('2026-06-19', '2026-06-21'),
        ...range('2026-09-25', '2026-09-27'),
        ...range('2026-10-01', '2026-10-07'),
      ],
      ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    ],
  ])('matches the State Council notice for %s', (year, holidays, workdays) => {
    expect(Object.keys(cnHolidayData.years[year]?.holidays ?? {}).sort()).toEqual([...holidays].sort());
    expect(Object.keys(cnHolidayData.years[year]?.workdays ?? {}).sort()).toEqual([...workdays].sort());
  });

  // 《全国年节及纪念日放假办法》 (2024 revision): 春节 除夕–初三 and 劳动节 5/1–5/2 are fixed by law.
  it.each([
    [
      '2025',
      [
        '2025-01-01',
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        '2025-04-04',
        '2025-05-01',
        '2025-05-02',
        '2025-05-31',
        '2025-10-06',
        '2025-10-01',
        '2025-10-02',
        '2025-10-03',
      ],
    ],
    [
      '2026',
      [
        '2026-01-01',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-04-05',
        '2026-05-01',
        '2026-05-02',
        '2026-06-19',
        '2026-09-25',
        '2026-10-01',
        '2026-10-02',
        '2026-10-03',
      ],
    ],
  ])('keeps every statutory day of %s off', (_year, days) => {
    const calendar = createWorkingCalendar();
    expect(days.filter((d) => calendar.isWorkingDay(d))).toEqual([]);
  });

  it('counts the statutory days of 2027 although no notice is in the data (the package treats them as working days)', () => {
    const calendar = createWorkingCalendar();
    expect(calendar.getYearStatus(2027)).toBe('statutory');
    const statutory2027 = [
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-03',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
    ];
    // 2027-05-03 is a Monday and not statutory: only 5/1–5/2 are fixed, so it stays a working day.
    expect(statutory2027.filter((d) => calendar.isWorkingDay(d))).toEqual(['2027-05-03']);
  });
});

describe('civil dates', () => {
  it('adds days and tells weekdays like Date does, across leap years and centuries', () => {
    for (const start of ['1899-12-30', '1970-01-01', '2000-02-28', '2024-02-28', '2025-12-31', '2100-02-27']) {
      for (const n of [-400, -1, 0, 1, 2, 59, 366, 1000]) {
        const viaDate = new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000);
        expect(addDays(start, n)).toBe(viaDate.toISOString().slice(0, 10));
        expect(getWeekday(addDays(start, n))).toBe(viaDate.getUTCDay());
      }
    }
  });
});
