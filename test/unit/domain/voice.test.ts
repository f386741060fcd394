// The Set-CsOnlineVoiceUser planner on its own: facts in, one plan or one refusal out.
import { describe, expect, it } from 'vitest';
import { planVoiceRequest, type VoiceNumberFacts, type VoiceRequestFacts, type VoiceUserFacts } from '../../../src/domain/voice.js';

const user = (o: Partial<VoiceUserFacts> = {}): VoiceUserFacts => ({
  id: 1,
  upn: 'ken.myer@contoso.com',
  usageLocation: 'US',
  hasPhoneSystem: true,
  hasCallingPlan: true,
  enterpriseVoice: false,
  ...o,
});
const number = (o: Partial<VoiceNumberFacts> = {}): VoiceNumberFacts => ({
  id: 10,
  digits: '14255037300',
  country: 'US',
  numberType: 'User',
  owned: true,
  reservedUntil: null,
  portPending: false,
  holderId: null,
  holderUpn: null,
  targetType: null,
  locationRow: null,
  originLocationRow: null,
  ...o,
});
const US_LOCATION = { row: 7, locationId: 'loc-us', country: 'US', validated: true };
/** Assign +14255037300 with a validated US location, unless told otherwise. */
const facts = (o: Partial<VoiceRequestFacts> = {}): VoiceRequestFacts => ({
  identity: 'ken.myer@contoso.com',
  user: user(),
  numberGiven: true,
  digits: '14255037300',
  number: number(),
  current: undefined,
  locationGiven: 'loc-us',
  location: US_LOCATION,
  force: false,
  ...o,
});
const errorId = (f: VoiceRequestFacts) => {
  const p = planVoiceRequest(f);
  return p.status === 'failed' ? p.errorId : p.status;
};

describe('planVoiceRequest', () => {
  it('assigns an owned Subscriber number with a validated location of its country', () => {
    expect(planVoiceRequest(facts())).toEqual({
      status: 'plan',
      kind: 'assign',
      userId: 1,
      newNumberId: 10,
      oldNumberId: null,
      locationRow: 7,
      holderId: null,
      holderUpn: null,
      message: 'number +14255037300 assigned to ken.myer@contoso.com.',
    });
  });

  it('refuses, each with its ErrorId, what the cmdlet refuses', () => {
    expect(errorId(facts({ user: undefined }))).toBe('UserNotFound');
    expect(errorId(facts({ numberGiven: false, locationGiven: undefined }))).toBe('MissingParameter');
    expect(errorId(facts({ user: user({ hasPhoneSystem: false }) }))).toBe('UserNotLicensed');
    expect(errorId(facts({ user: user({ hasCallingPlan: false }) }))).toBe('UserNotLicensed');
    expect(errorId(facts({ number: undefined }))).toBe('NumberNotFound');
    expect(errorId(facts({ number: number({ owned: false, reservedUntil: '2026-12-04T09:10:00Z' }) }))).toBe('NumberNotAcquired');
    expect(errorId(facts({ number: number({ portPending: true }) }))).toBe('NumberPortPending');
    expect(errorId(facts({ number: number({ numberType: 'TollFree' }) }))).toBe('NumberNotSubscriber');
    expect(errorId(facts({ user: user({ usageLocation: null }) }))).toBe('UsageLocationRequired');
    expect(errorId(facts({ user: user({ usageLocation: 'GB' }) }))).toBe('CountryMismatch');
    expect(errorId(facts({ number: number({ targetType: 'caa' }) }))).toBe('NumberAlreadyAssigned');
    expect(errorId(facts({ location: undefined }))).toBe('LocationNotFound');
    expect(errorId(facts({ location: { ...US_LOCATION, validated: false } }))).toBe('AddressNotValidated');
    expect(errorId(facts({ location: { ...US_LOCATION, country: 'CA' } }))).toBe('CountryMismatch');
  });

  it('a US number needs a location; elsewhere the number keeps the one it came with', () => {
    expect(errorId(facts({ locationGiven: undefined, location: undefined }))).toBe('LocationRequired');
    const gb = { user: user({ usageLocation: 'GB' }), digits: '442079460000', locationGiven: undefined, location: undefined };
    expect(errorId(facts({ ...gb, number: number({ country: 'GB', digits: '442079460000' }) }))).toBe('LocationRequired');
    const p = planVoiceRequest(facts({ ...gb, number: number({ country: 'GB', digits: '442079460000', originLocationRow: 3 }) }));
    expect(p).toMatchObject({ status: 'plan', kind: 'assign', locationRow: 3 });
  });

  it('removing: $null frees the current number, and is Unchanged without one; no location while removing', () => {
    const current = number({ holderId: 1, locationRow: 7 });
    expect(planVoiceRequest(facts({ digits: undefined, locationGiven: undefined, current }))).toMatchObject({
      status: 'plan',
      kind: 'remove',
      oldNumberId: 10,
    });
    expect(errorId(facts({ digits: undefined, locationGiven: undefined, current: undefined }))).toBe('unchanged');
    expect(errorId(facts({ digits: undefined, current }))).toBe('InvalidValue');
  });

  it('only a location: moves it, Unchanged when it is the same, refused without a number', () => {
    const current = number({ holderId: 1, locationRow: 5 });
    expect(planVoiceRequest(facts({ numberGiven: false, digits: undefined, current }))).toMatchObject({ status: 'plan', kind: 'location', locationRow: 7 });
    expect(errorId(facts({ numberGiven: false, digits: undefined, current: { ...current, locationRow: 7 } }))).toBe('unchanged');
    expect(errorId(facts({ numberGiven: false, digits: undefined, current: undefined }))).toBe('NoNumberAssigned');
  });

  it('the same number again is Unchanged once voice is on; a new number replaces the old; a held one is moved and named', () => {
    const mine = number({ holderId: 1, locationRow: 7 });
    expect(errorId(facts({ number: mine, current: mine, user: user({ enterpriseVoice: true }) }))).toBe('unchanged');
    expect(planVoiceRequest(facts({ number: mine, current: mine }))).toMatchObject({ kind: 'location' });
    const old = number({ id: 11, digits: '14255037301', holderId: 1 });
    expect(planVoiceRequest(facts({ current: old })).status === 'plan' && planVoiceRequest(facts({ current: old }))).toMatchObject({
      oldNumberId: 11,
      message: expect.stringContaining("its old number +14255037301 goes back to the tenant's unassigned numbers"),
    });
    const held = number({ holderId: 2, holderUpn: 'pilar@contoso.com' });
    expect(planVoiceRequest(facts({ number: held, force: true }))).toMatchObject({
      holderId: 2,
      message: expect.stringContaining('(moved from pilar@contoso.com with -Force)'),
    });
  });
});
