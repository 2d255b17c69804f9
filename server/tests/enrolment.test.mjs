// Logging in with an enrolment code (server/migrations/0007_enrolment.sql): codes are issued by a supervisor for their
// own tenant, stored hashed, bound to tenant + agent + role, used once, expire; a session is renewed from its secret
// until the agent logs out or a supervisor revokes it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { agentOf, asUser, startScratchCluster, supervisor } from './helpers.mjs';

let cluster;
let admin;
before(async () => {
  cluster = await startScratchCluster();
  admin = await cluster.connect();
});
after(async () => {
  await admin?.end();
  cluster?.stop();
});

const issue = async (who, agent, role = 'agent', minutes = null) =>
  (await asUser(admin, who, 'select * from huifang.issue_enrolment_code($1, $2, $3)', [agent, role, minutes]))[0];
/** The exchange as serve.mjs makes it: huifang_user, no claims. */
const redeem = async (code, device = 'test') =>
  (await asUser(admin, {}, 'select * from huifang_private.redeem_enrolment_code($1, $2)', [code, device]))[0];
const refresh = async (secret) =>
  (await asUser(admin, {}, 'select * from huifang_private.refresh_session($1)', [secret]))[0];
const refusal = { code: '28000', message: /unknown, expired or already used/ };

describe('issuing a code', () => {
  it('a supervisor issues a typable code for an agent of their tenant; only its hash is stored', async () => {
    const { code, expires_at } = await issue(supervisor('ta'), 'wang');
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const minutes = (new Date(expires_at) - Date.now()) / 60_000;
    assert.ok(minutes > 14 && minutes <= 15, `valid 15 minutes by default, was ${minutes}`);
    const { rows } = await admin.query(
      `select tenant, agent, role, issued_by, encode(code_hash, 'hex') as h from huifang_private.enrolment_code`,
    );
    assert.equal(rows.length, 1);
    assert.deepEqual(
      { ...rows[0], h: undefined },
      { tenant: 'ta', agent: 'wang', role: 'agent', issued_by: 'boss', h: undefined },
    );
    assert.ok(!JSON.stringify(rows).includes(code.replace(/-/g, '')), 'the code itself is not stored');
    const audit = await asUser(admin, supervisor('ta'), `select action, detail from huifang.audit_log`);
    assert.deepEqual(
      audit.map((a) => [a.action, a.detail.agent]),
      [['issue-enrolment-code', 'wang']],
    );
  });

  it('agents and auditors cannot issue codes; nobody through the API issues one for another tenant', async () => {
    await assert.rejects(issue(agentOf('wang', 'ta'), 'zhang'), { code: '42501' });
    await assert.rejects(issue({ tenant: 'ta', agent: 'au', role: 'auditor' }, 'zhang'), { code: '42501' });
    await assert.rejects(
      asUser(admin, supervisor('ta'), `select * from huifang_private.new_enrolment_code('tb', 'li', 'agent', 15, 'x')`),
      { code: '42501' },
    );
    await assert.rejects(asUser(admin, supervisor('ta'), 'select * from huifang_private.enrolment_code'), {
      code: '42501',
    });
  });

  it('refuses a bad role, agent or validity with a message naming it', async () => {
    await assert.rejects(issue(supervisor('ta'), 'zhang', 'admin'), { code: '22023', message: /role must be/ });
    await assert.rejects(issue(supervisor('ta'), '', 'agent'), { code: '22023', message: /needs a tenant/ });
    await assert.rejects(issue(supervisor('ta'), 'zhang', 'agent', 5000), { code: '22023', message: /1 to 1440/ });
  });
});

describe('redeeming a code', () => {
  it('once: the session carries the code’s tenant, agent and role; a second use is refused', async () => {
    const { code } = await issue(supervisor('ta'), 'zhang', 'supervisor');
    // Typed by a person: lower case, no dashes, O for 0 and I/L for 1 all read as the printed code.
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const s = await redeem(typed, 'Chrome on Linux');
    assert.deepEqual([s.tenant, s.agent, s.role], ['ta', 'zhang', 'supervisor']);
    assert.match(s.refresh_secret, /^[0-9a-f]{96}$/);
    await assert.rejects(redeem(code), refusal);
    const stored = await admin.query(
      `select device, encode(refresh_hash, 'hex') as h from huifang_private.agent_session where id = $1`,
      [s.session_id],
    );
    assert.equal(stored.rows[0].device, 'Chrome on Linux');
    assert.notEqual(stored.rows[0].h, s.refresh_secret, 'the secret is stored hashed');
  });

  it('refuses an unknown or expired code alike, and a code withdrawn by a newer one', async () => {
    await assert.rejects(redeem('AAAA-BBBB-CCCC'), refusal);
    const { code } = await issue(supervisor('ta'), 'liu', 'agent', 1);
    await admin.query(
      `update huifang_private.enrolment_code set issued_at = now() - interval '2 min', expires_at = now() - interval '1 min'
       where agent = 'liu'`,
    );
    await assert.rejects(redeem(code), refusal);
    const first = await issue(supervisor('ta'), 'zhao');
    const second = await issue(supervisor('ta'), 'zhao');
    await assert.rejects(redeem(first.code), refusal);
    assert.equal((await redeem(second.code)).agent, 'zhao');
  });

  it('the operator issues the first supervisor’s code as the database owner', async () => {
    const { rows } = await admin.query(
      `select * from huifang_private.new_enrolment_code('tb', 'lead', 'supervisor', 30, 'operator')`,
    );
    const s = await redeem(rows[0].code);
    assert.deepEqual([s.tenant, s.agent, s.role], ['tb', 'lead', 'supervisor']);
  });
});

describe('sessions', () => {
  it('renew from the secret until logout; logout twice is answered alike', async () => {
    const { code } = await issue(supervisor('ta'), 'qian');
    const s = await redeem(code);
    const r = await refresh(s.refresh_secret);
    assert.deepEqual([r.session_id, r.tenant, r.agent, r.role], [s.session_id, 'ta', 'qian', 'agent']);
    await assert.rejects(refresh('0'.repeat(96)), { code: '28000', message: /session has ended/ });
    const end = 'select huifang_private.end_session($1) as ok';
    assert.equal((await asUser(admin, {}, end, [s.refresh_secret]))[0].ok, true);
    assert.equal((await asUser(admin, {}, end, [s.refresh_secret]))[0].ok, true);
    await assert.rejects(refresh(s.refresh_secret), { code: '28000' });
    const audit = await asUser(
      admin,
      supervisor('ta'),
      `select action, actor from huifang.audit_log
      where action in ('enrol', 'logout') and actor = 'qian' order by id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['enrol', 'logout'],
    );
  });

  it('a supervisor lists and revokes their tenant’s sessions, never another tenant’s', async () => {
    const { code } = await issue(supervisor('ta'), 'sun');
    const s = await redeem(code);
    const list = await asUser(admin, supervisor('ta'), 'select * from huifang.team_sessions()');
    assert.ok(list.some((x) => x.id === s.session_id && x.agent === 'sun'));
    assert.ok(
      list.every((x) => x.agent !== 'lead'),
      'tenant tb’s session is not listed',
    );
    await assert.rejects(asUser(admin, agentOf('sun', 'ta'), 'select * from huifang.team_sessions()'), {
      code: '42501',
    });
    const revoke = 'select huifang.revoke_session($1) as ok';
    assert.equal((await asUser(admin, supervisor('tb'), revoke, [s.session_id]))[0].ok, false);
    assert.equal((await refresh(s.refresh_secret)).agent, 'sun', 'another tenant’s supervisor changed nothing');
    assert.equal((await asUser(admin, supervisor('ta'), revoke, [s.session_id]))[0].ok, true);
    await assert.rejects(refresh(s.refresh_secret), { code: '28000' });
  });

  it('a session unused for its idle days ends by itself', async () => {
    const { code } = await issue(supervisor('ta'), 'zhou');
    const s = await redeem(code);
    await admin.query(`update huifang_private.agent_session set expires_at = now() - interval '1 s' where id = $1`, [
      s.session_id,
    ]);
    await assert.rejects(refresh(s.refresh_secret), { code: '28000' });
  });
});
