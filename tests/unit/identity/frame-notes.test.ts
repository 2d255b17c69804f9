// Frames and what the page hides, said in the panel (issue #11, items 2 and 4; docs/adapters.md, "Frames").
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import { createFrameTable } from '@/utils/background/frame-table';
import { senderOrigin } from '@/utils/background/sender-origin';
import { extractCustomer } from '@/utils/extract';
import { createTranslate } from '@/utils/ui/i18n';
import { buildFrameNotes } from '@/utils/ui/identity-view';
import { frameTitleOf } from '@/utils/frame-title';

const ctx = (name: string | null, foreignFrames?: string[]): CustomerContext => ({
  url: 'https://crm.example/x',
  origin: 'https://crm.example',
  adapterId: null,
  fields: name ? { name: { value: name, raw: name, source: { via: 'generic' } } } : {},
  extra: {},
  missing: [],
  flags: [],
  extractedAt: '2026-11-27T10:00:00.000Z',
  ...(foreignFrames ? { foreignFrames } : {}),
});

describe('frames in the panel', () => {
  it('names the frame the record came from, and the other sites’ frames no content script read', () => {
    const t = createFrameTable(() => 1);
    t.report(7, 0, 'https://crm.example/workbench', ctx(null, ['https://crm.example', 'https://bi.other.example']));
    const r = t.report(7, 3, 'https://crm.example/detail?id=9', ctx('张三'));
    expect(r.context?.frame).toEqual({ url: 'https://crm.example/detail?id=9' });
    expect(r.context?.foreignFrames).toEqual(['https://bi.other.example']);
    // An enabled site's frame reports itself: it is read, so not listed.
    const again = t.report(7, 5, 'https://bi.other.example/chart', ctx(null));
    expect(again.context?.foreignFrames).toBeUndefined();
    // Nothing changed: the same object, so the background forwards nothing new.
    expect(t.current(7).context).toBe(again.context);
    const zh = createTranslate('zh-CN');
    expect(buildFrameNotes(r.context, zh).map((n) => n.text)).toEqual([
      '客户信息读取自页面中的框架：crm.example/detail',
      '页面中有 1 个来自其他网站的框架（https://bi.other.example），回访助手没有读取。需要时请在该网站上启用回访助手。',
    ]);
    expect(buildFrameNotes({ ...ctx('张三'), closedShadowRoots: 2 }, zh)).toEqual([
      { text: '页面有 2 处封闭的组件，其中的内容无法读取；缺失的字段可以用“选取”手动指定。', warn: true },
    ]);
    expect(buildFrameNotes(ctx('张三'), zh)).toEqual([]);
  });

  it('names the frame by what it is called, never as about:blank (F13)', () => {
    const zh = createTranslate('zh-CN');
    const t = createFrameTable(() => 1);
    t.report(3, 0, 'https://crm.example/workbench', ctx(null));
    const titled = t.report(3, 2, 'https://crm.example/lis/callback/HesitateVisitInput.jsp', ctx('张三'), {
      area: 1,
      focusedAt: 0,
      title: '犹豫期回访录入',
    });
    expect(buildFrameNotes(titled.context, zh).map((n) => n.text)).toEqual([
      '客户信息读取自页面中的框架：犹豫期回访录入',
    ]);
    const blank = { ...ctx('张三'), frame: { url: 'about:blank' } };
    expect(buildFrameNotes(blank, zh).map((n) => n.text)).toEqual(['客户信息读取自页面内嵌框架。']);
    expect(buildFrameNotes(blank, createTranslate('en')).map((n) => n.text)).toEqual([
      'Customer read from an embedded frame of the page.',
    ]);
    // A frame called nothing still says where it is, by its path.
    expect(buildFrameNotes({ ...ctx('张三'), frame: { url: 'https://crm.example/a/b?x=1' } }, zh)[0]?.text).toBe(
      '客户信息读取自页面中的框架：crm.example/a/b',
    );
  });

  it('reads a frame’s name from the frame element’s title, its document’s title, or its first heading', () => {
    const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    const host = document.createElement('iframe');
    host.setAttribute('title', '来电人信息');
    expect(frameTitleOf(doc('<title>x</title>'), host)).toBe('来电人信息');
    expect(frameTitleOf(doc('<title> 业主 档案 </title><h1>顾美华</h1>'), null)).toBe('业主 档案');
    expect(frameTitleOf(doc('<body><div><h2>客户资料</h2></div></body>'), null)).toBe('客户资料');
    expect(frameTitleOf(doc('<body><p>x</p></body>'), null)).toBeUndefined();
  });

  it('lists the origins of the page’s frames from other sites', () => {
    const doc = new DOMParser().parseFromString(
      '<main><h1>x</h1><iframe src="https://bi.other.example/a"></iframe><iframe src="/same"></iframe>' +
        '<iframe src="about:blank"></iframe><iframe srcdoc="<p>x</p>"></iframe></main>',
      'text/html',
    );
    const c = extractCustomer(doc, 'https://crm.example/customer/1', new Date('2026-11-29T00:00:00Z'));
    expect(c.foreignFrames).toEqual(['https://bi.other.example']);
  });

  it('gives a srcdoc or about:blank frame its creator’s origin, so taught adapters reach it', () => {
    expect(senderOrigin({ url: 'https://crm.example/a?b=1' })).toBe('https://crm.example');
    expect(senderOrigin({ url: 'about:srcdoc', origin: 'https://crm.example' })).toBe('https://crm.example');
    expect(senderOrigin({ url: 'about:blank', tab: { url: 'https://crm.example/wb' } })).toBe('https://crm.example');
    expect(senderOrigin({ url: 'about:srcdoc', origin: 'null' })).toBeNull();
    expect(senderOrigin({})).toBeNull();
  });
});
