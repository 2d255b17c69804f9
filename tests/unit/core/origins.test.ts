import { enabledOriginPatterns, toOriginPattern } from '@/utils/core/origins';

describe('toOriginPattern', () => {
  it.each([
    ['https://crm.example.com/customer/1?x=2', 'https://crm.example.com/*'],
    ['http://localhost:8123/page.html', 'http://localhost/*'],
    ['http://127.0.0.1/*', 'http://127.0.0.1/*'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('%s → %s', (input, expected) => {
    expect(toOriginPattern(input)).toBe(expected);
  });
});

describe('enabledOriginPatterns', () => {
  it('keeps concrete http(s) sites and drops wildcards the user never granted one by one', () => {
    expect(
      enabledOriginPatterns([
        'https://b.example/*',
        'http://*/*',
        '<all_urls>',
        'https://a.example/*',
        'https://b.example/*',
      ]),
    ).toEqual(['https://a.example/*', 'https://b.example/*']);
  });
});
