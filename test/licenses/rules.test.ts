// The pure licence rules: planLicenses and resolveSkuNames over the catalog's grants.
import { describe, expect, it } from 'vitest';
import { planLicenses, resolveSkuNames, type Licensee, type SkuInfo, type Units } from '../../src/domain/licensing.js';

const CATALOG: SkuInfo[] = [
  { sku: 'MCOEV', name: 'Phone System', grants: ['PhoneSystem'] },
  { sku: 'MCOPSTN1', name: 'Domestic Calling Plan', grants: ['CallingPlan'] },
  { sku: 'MCOPSTN2', name: 'Domestic and International Calling Plan', grants: ['CallingPlan'] },
  { sku: 'MCOMEETADV', name: 'Audio Conferencing', grants: ['AudioConferencing'] },
  { sku: 'ENTERPRISEPREMIUM', name: 'Office 365 E5', grants: ['PhoneSystem', 'AudioConferencing'] },
];
const plenty = (): Units => ({ active: 10, assigned: 0 });
const user = (skus: string[], more: Partial<Licensee> = {}): Licensee => ({ upn: 'ken@contoso.com', usageLocation: 'US', skus, number: null, ...more });
const ids = (p: ReturnType<typeof planLicenses>) => (p.ok ? [] : p.problems.map((x) => x.errorId));
const plan = (u: Licensee, add: string[], remove: string[] = [], units = plenty) => planLicenses(CATALOG, u, { add, remove }, units);

describe('planLicenses', () => {
  it('Phone System and a Calling Plan in one request is fine; the result lists the SKUs in catalog order', () => {
    expect(plan(user([]), ['MCOPSTN1', 'MCOEV'])).toEqual({ ok: true, change: { added: ['MCOPSTN1', 'MCOEV'], removed: [], after: ['MCOEV', 'MCOPSTN1'] } });
  });

  it('a Calling Plan without Phone System: PhoneSystemRequired; E5 counts as Phone System', () => {
    expect(ids(plan(user([]), ['MCOPSTN1']))).toEqual(['PhoneSystemRequired']);
    expect(plan(user(['ENTERPRISEPREMIUM']), ['MCOPSTN1']).ok).toBe(true);
    expect(ids(plan(user(['MCOEV']), ['MCOPSTN1'], ['MCOEV']))).toEqual(['PhoneSystemRequired']);
  });

  it('a Calling Plan needs a usage location: UsageLocationRequired', () => {
    expect(ids(plan(user(['MCOEV'], { usageLocation: null }), ['MCOPSTN1']))).toEqual(['UsageLocationRequired']);
    expect(plan(user([], { usageLocation: null }), ['MCOEV']).ok).toBe(true);
  });

  it('Domestic and Domestic+International are exclusive (CallingPlanConflict); switching in one request is fine', () => {
    expect(ids(plan(user(['MCOEV', 'MCOPSTN1']), ['MCOPSTN2']))).toEqual(['CallingPlanConflict']);
    expect(ids(plan(user(['MCOEV']), ['MCOPSTN1', 'MCOPSTN2']))).toEqual(['CallingPlanConflict']);
    expect(plan(user(['MCOEV', 'MCOPSTN1']), ['MCOPSTN2'], ['MCOPSTN1'])).toMatchObject({ ok: true, change: { after: ['MCOEV', 'MCOPSTN2'] } });
  });

  it('never more units than bought: InsufficientLicenses with the figures and the buy-license command', () => {
    const p = plan(user(['MCOEV']), ['MCOPSTN1'], [], () => ({ active: 5, assigned: 5 }));
    expect(p).toEqual({
      ok: false,
      problems: [
        {
          field: 'AddLicenses',
          errorId: 'InsufficientLicenses',
          message: 'MCOPSTN1: 5 bought, 5 assigned, this needs 1 more — buy-license --sku MCOPSTN1 --quantity 1.',
        },
      ],
    });
  });

  it('Phone System cannot go while the user holds a Calling Plan or a number: PhoneSystemInUse', () => {
    expect(ids(plan(user(['MCOEV', 'MCOPSTN1']), [], ['MCOEV']))).toEqual(['PhoneSystemInUse']);
    expect(ids(plan(user(['MCOEV'], { number: '+14255550100' }), [], ['MCOEV']))).toEqual(['PhoneSystemInUse']);
    expect(ids(plan(user(['ENTERPRISEPREMIUM', 'MCOPSTN1']), [], ['ENTERPRISEPREMIUM']))).toEqual(['PhoneSystemInUse']);
  });

  it('Phone System may go when another SKU still gives it (E5), or with the Calling Plan in one request', () => {
    expect(plan(user(['MCOEV', 'MCOPSTN1', 'ENTERPRISEPREMIUM']), [], ['MCOEV']).ok).toBe(true);
    expect(plan(user(['MCOEV', 'MCOPSTN1']), [], ['MCOEV', 'MCOPSTN1'])).toMatchObject({ ok: true, change: { after: [] } });
  });

  it('the last Calling Plan cannot go while the user holds a number: NumberAssigned', () => {
    const p = plan(user(['MCOEV', 'MCOPSTN1'], { number: '+14255550100' }), [], ['MCOPSTN1']);
    expect(ids(p)).toEqual(['NumberAssigned']);
    expect(p.ok ? '' : p.problems[0]!.message).toContain('set-voice-user --identity ken@contoso.com --telephone-number $null');
    expect(ids(plan(user(['MCOEV', 'MCOPSTN1'], { number: '+14255550100' }), [], ['MCOEV', 'MCOPSTN1']))).toEqual(['PhoneSystemInUse', 'NumberAssigned']);
  });

  it('adding a held SKU or removing one not held changes nothing (idempotent)', () => {
    expect(plan(user(['MCOEV']), ['MCOEV'], ['MCOPSTN1'], () => ({ active: 0, assigned: 0 }))).toEqual({
      ok: true,
      change: { added: [], removed: [], after: ['MCOEV'] },
    });
  });

  it('one SKU both added and removed: LicenseAddedAndRemoved', () => {
    expect(ids(plan(user([]), ['MCOEV'], ['MCOEV']))).toEqual(['LicenseAddedAndRemoved']);
  });

  it('every problem of a request is reported, not only the first', () => {
    expect(ids(plan(user([], { usageLocation: null }), ['MCOPSTN1'], [], () => ({ active: 0, assigned: 0 })))).toEqual([
      'PhoneSystemRequired',
      'UsageLocationRequired',
      'InsufficientLicenses',
    ]);
  });

  it('rules follow grants, not names: a catalog SKU granting CallingPlan under another name obeys them', () => {
    const other: SkuInfo[] = [...CATALOG, { sku: 'PAYG', name: 'Pay as you go', grants: ['CallingPlan'] }];
    expect(planLicenses(other, user(['MCOEV', 'MCOPSTN1']), { add: ['PAYG'], remove: [] }, plenty).ok).toBe(false);
  });
});

describe('resolveSkuNames', () => {
  it('accepts any case and the AccountSkuId form tenant:SKU; repeats collapse', () => {
    expect(resolveSkuNames(CATALOG, ['mcoev', 'contoso:MCOPSTN1', 'MCOEV'], 'AddLicenses')).toEqual({ skus: ['MCOEV', 'MCOPSTN1'], problems: [] });
  });

  it('an unknown SKU: UnknownSku with a suggestion and every known SKU', () => {
    const r = resolveSkuNames(CATALOG, ['MCOPSTN3'], 'AddLicenses');
    expect(r.problems[0]!.errorId).toBe('UnknownSku');
    expect(r.problems[0]!.message).toContain('Did you mean MCOPSTN1?');
    expect(r.problems[0]!.message).toContain('ENTERPRISEPREMIUM (Office 365 E5)');
  });
});
