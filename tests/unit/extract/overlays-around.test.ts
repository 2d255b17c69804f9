import { findScopes } from '@/utils/extract/composed';
import { findOpenOverlays, findOpenOverlaysAround } from '@/utils/extract/page-kind';
import { parsePage } from './dom-helpers';

const html = `<body>
  <div class="modal show" id="outer"><div role="dialog" id="inner"><span id="a">A</span></div></div>
  <div class="ant-modal" id="second"><span id="b">B</span></div>
  <div class="modal" id="closed"><span id="c">C</span></div>
  <dialog id="shut"><span id="d">D</span></dialog>
  <p id="e">E</p>
  <div class="el-drawer" id="third"><span id="f">F</span></div>
</body>`;

describe('findOpenOverlaysAround', () => {
  it.each([[['a']], [['b', 'a']], [['c', 'd', 'e']], [['f', 'b', 'a', 'e']], [['second']]])(
    'equals findOpenOverlays limited to the overlays holding %j',
    (ids) => {
      const doc = parsePage(html);
      const { scopes } = findScopes(doc);
      const targets = ids.map((id) => doc.getElementById(id) as Element);
      const all = findOpenOverlays(scopes, new Map(), new Map()).filter((o) => targets.some((t) => o.contains(t)));
      expect(findOpenOverlaysAround(scopes, targets, new Map(), new Map())).toEqual(all);
    },
  );
});
