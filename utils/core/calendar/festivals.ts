// Zod-free, so the working-day calendar can run where the schema library is not loaded.
import type { LocalizedText } from '../script/localized';

export const festivalIds = [
  'new-year',
  'spring-festival',
  'qingming',
  'labour-day',
  'dragon-boat',
  'mid-autumn',
  'national-day',
] as const;
export type FestivalId = (typeof festivalIds)[number];

export const festivalNames: Record<FestivalId, LocalizedText> = {
  'new-year': { 'zh-CN': '元旦', en: "New Year's Day" },
  'spring-festival': { 'zh-CN': '春节', en: 'Spring Festival' },
  qingming: { 'zh-CN': '清明节', en: 'Qingming' },
  'labour-day': { 'zh-CN': '劳动节', en: 'Labour Day' },
  'dragon-boat': { 'zh-CN': '端午节', en: 'Dragon Boat Festival' },
  'mid-autumn': { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' },
  'national-day': { 'zh-CN': '国庆节', en: 'National Day' },
};
