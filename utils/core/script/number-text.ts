/**
 * A page value as a number: "100,000", "¥100000.00", "10万元", "１２０００" (full-width) all read; null when it is not
 * one number, so a condition on it is not met rather than guessed.
 */
export function readNumber(raw: string): number | null {
  const text = raw
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s¥￥]|元|RMB|CNY/gi, '');
  const match = /^(-?\d+(?:\.\d+)?)(万|亿)?$/.exec(text);
  if (!match) return null;
  const scale = match[2] === '万' ? 10_000 : match[2] === '亿' ? 100_000_000 : 1;
  return Number(match[1]) * scale;
}

/** An amount as the agent reads it: 150,000元 / CNY 150,000 (cents only when there are any); null when unreadable. */
export function formatMoney(raw: string, locale: 'zh-CN' | 'en'): string | null {
  const value = readNumber(raw);
  if (value === null) return null;
  const cents = Math.round(Math.abs(value) * 100) % 100 !== 0;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  });
  return locale === 'zh-CN' ? `${text}元` : `CNY ${text}`;
}
