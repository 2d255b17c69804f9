import { HuifangDb, getSiteAdapter } from '@/utils/db';
import { saveTaughtField } from '@/utils/background/save-taught-field';

describe('saveTaughtField', () => {
  let db: HuifangDb;
  beforeEach(async () => {
    db = new HuifangDb(`taught-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => db.delete());

  it('creates the site adapter of an origin on the first pick and adds later picks to it', async () => {
    const origin = 'https://crm.example.cn';
    const now = new Date('2026-11-27T03:00:00Z');
    await saveTaughtField(db, { origin, field: 'product', selector: '#product-cell' }, now);
    const adapter = await saveTaughtField(db, { origin, field: 'owner', selector: '.owner', label: '理财经理' }, now);
    expect(Object.keys(adapter.fields).sort()).toEqual(['owner', 'product']);
    expect(adapter.urlPatterns).toEqual([`${origin}/*`]);
    const stored = await getSiteAdapter(db, origin);
    expect(stored?.adapter).toEqual(adapter);
  });

  it('keeps the other origins apart', async () => {
    const now = new Date('2026-11-27T03:00:00Z');
    await saveTaughtField(db, { origin: 'https://a.example', field: 'name', selector: 'h1' }, now);
    expect(await getSiteAdapter(db, 'https://b.example')).toBeUndefined();
  });
});
