import { catalogs, createTranslate, formatMessage, pickLocale } from '@/utils/ui/i18n';
import { zhCN } from '@/utils/ui/i18n/zh-cn';
import { zhCNOptions } from '@/utils/ui/i18n/zh-cn-options';
import { zhCNSupervisor } from '@/utils/ui/i18n/zh-cn-supervisor';
import { zhCNWorklist } from '@/utils/ui/i18n/zh-cn-worklist';
import { zhCNIdentity } from '@/utils/ui/i18n/zh-cn-identity';
import { zhCNAuthoring } from '@/utils/ui/i18n/zh-cn-authoring';
import { zhCNSync } from '@/utils/ui/i18n/zh-cn-sync';
import { zhCNPanelWorklist } from '@/utils/ui/i18n/zh-cn-panel-worklist';
import { zhCNPanelSupervisor } from '@/utils/ui/i18n/zh-cn-panel-supervisor';
import { zhCNPanelSync } from '@/utils/ui/i18n/zh-cn-panel-sync';
import { panelZhCN } from '@/utils/ui/i18n/panel-zh-cn';
import { panelEn } from '@/utils/ui/i18n/panel-en';
import { loadPanelCatalog, translateWith } from '@/utils/ui/i18n/panel';

describe('i18n catalogs', () => {
  it('translates every zh-CN key into English, with the same {slots}', () => {
    const source = catalogs['zh-CN'];
    for (const key of Object.keys(source) as (keyof typeof source)[]) {
      const english = catalogs.en[key];
      expect(english, key).toBeTruthy();
      const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(slots(english), key).toEqual(slots(source[key]));
    }
    expect(Object.keys(catalogs.en).sort()).toEqual(
      [
        ...Object.keys(zhCN),
        ...Object.keys(zhCNOptions),
        ...Object.keys(zhCNSupervisor),
        ...Object.keys(zhCNWorklist),
        ...Object.keys(zhCNIdentity),
        ...Object.keys(zhCNAuthoring),
        ...Object.keys(zhCNSync),
        ...Object.keys(zhCNPanelWorklist),
        ...Object.keys(zhCNPanelSupervisor),
        ...Object.keys(zhCNPanelSync),
      ].sort(),
    );
  });

  it('the panel catalogs hold the same keys in both languages, each text as the full catalog has it', () => {
    expect(Object.keys(panelEn).sort()).toEqual(Object.keys(panelZhCN).sort());
    for (const [key, text] of Object.entries(panelZhCN))
      expect(text, key).toBe(catalogs['zh-CN'][key as keyof typeof panelZhCN]);
    for (const [key, text] of Object.entries(panelEn)) expect(text, key).toBe(catalogs.en[key as keyof typeof panelEn]);
    // The options page's and the supervisor's own texts stay out of the panel.
    expect(panelZhCN).not.toHaveProperty('secTeamSync');
    expect(panelZhCN).not.toHaveProperty('reportXlsx');
    expect(panelZhCN).not.toHaveProperty('wlTitle');
  });

  it('loads the panel catalog of one language on demand, once', async () => {
    const zh = loadPanelCatalog('zh-CN');
    expect(loadPanelCatalog('zh-CN')).toBe(zh);
    expect(await zh).toEqual(panelZhCN);
    expect(await loadPanelCatalog('en')).toEqual(panelEn);
    expect(translateWith(await loadPanelCatalog('en'))('attempts', { k: 2, max: 3 })).toBe('Attempt 2 of 3');
    expect(translateWith(null)('attempts')).toBe('attempts');
  });

  it('fills parameters and keeps unknown slots visible', () => {
    expect(createTranslate('en')('attempts', { k: 2, max: 3 })).toBe('Attempt 2 of 3');
    expect(createTranslate('zh-CN')('dueIn', { date: '11-04', n: 2 })).toBe('截止 11-04（还有 2 个工作日）');
    expect(formatMessage('hello {who}')).toBe('hello {who}');
  });

  it.each([
    [null, 'zh-CN', 'zh-CN'],
    [null, 'zh-TW', 'zh-CN'],
    [null, 'en-US', 'en'],
    [undefined, undefined, 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh-CN', 'en-GB', 'zh-CN'],
    ['fr', 'zh', 'zh-CN'],
  ])('stored %s with browser %s picks %s', (stored, browserLanguage, expected) => {
    expect(pickLocale(stored, browserLanguage)).toBe(expected);
  });
});
