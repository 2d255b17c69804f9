// Classes of wrong values seen on a real CRM's edit form (tests/fixtures/holdout/dolibarr-live-2, docs/benchmarks.md
// "Live Dolibarr, second set"): each rule on a small form of our own (made-up markup and values).
import { normalizeField } from '@/utils/extract/fields';
import { classReader } from './class-page';

const NOW = new Date('2026-11-29T10:00:00Z');
const { values } = classReader('zh-CN', NOW);
const row = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;
// A select enhanced by a combobox widget: the native select hidden, the choice shown in a span that also labels the
// combobox (aria-labelledby pointing inside it), as select2 renders it.
const combo = (id: string, options: string[], chosen: string) =>
  `<select id="${id}" aria-hidden="true" tabindex="-1">${options.map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}</select>` +
  `<span class="combo"><span role="combobox" aria-labelledby="${id}-shown" tabindex="0">` +
  `<span id="${id}-shown" role="textbox" aria-readonly="true" title="${chosen}">${chosen}</span></span></span>`;

describe('an edit form', () => {
  it('a combobox labelled by its own shown choice (客户 of 准客户 / 客户) names no field', () => {
    const form = `<form><table>
      ${row('<label for="nm">单位名称</label>', '<input id="nm" name="nm" value="苏州青禾纺织有限公司">')}
      ${row('<span class="req">准客户/客户</span>', combo('kind', ['准客户', '客户'], '客户'))}
      ${row('<label for="mb">手机</label>', '<input id="mb" name="mb" value="13812340000">')}
      </table></form>`;
    const v = values(form, 'https://crm.example/company/edit?id=7');
    expect(v.name).not.toBe('客户');
    expect(v.company).toBe('苏州青禾纺织有限公司');
    expect(v.mobile).toBe('13812340000');
  });

  it('a tag widget’s remove button (× before the chosen sales rep) is not part of the owner’s name', () => {
    expect(normalizeField('owner', ['×韩雪'], 'ymd')?.value).toBe('韩雪');
    expect(normalizeField('owner', ['✎ Ann Lee ↗'], 'ymd')?.value).toBe('Ann Lee');
  });
});
