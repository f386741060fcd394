// The step judge on its own: which setup steps are done, in which order they are walked, where the wizard resumes.
import { describe, expect, it } from 'vitest';
import { firstPending, judgeSteps, stepOrder, type TenantFigures } from '../../../src/domain/steps.js';

const EMPTY: TenantFigures = {
  country: 'US',
  phoneSystemUnits: 0,
  callingPlanUnits: 0,
  usersTotal: 0,
  usersWithCallingPlan: 0,
  userNumbersHeld: 0,
  userNumbersAcquired: 0,
  userNumberQuota: 10,
  validatedAddresses: 0,
  usersWithNumber: 0,
  licensedUsersWithoutNumber: 0,
  pendingNotifications: 0,
  notifiedUsers: 0,
};
const done = (f: Partial<TenantFigures>) => judgeSteps({ ...EMPTY, ...f }).map((s) => [s.step, s.done]);

describe('judgeSteps', () => {
  it('walks 1-5 in the US and 1, 3, 2, 4, 5 elsewhere (numbers there come with an address)', () => {
    expect(stepOrder('US')).toEqual([1, 2, 3, 4, 5]);
    expect(stepOrder('GB')).toEqual([1, 3, 2, 4, 5]);
    expect(judgeSteps({ ...EMPTY, country: 'GB' }).map((s) => s.step)).toEqual([1, 3, 2, 4, 5]);
  });

  it('a new tenant has every step pending and resumes at step 1', () => {
    expect(done({})).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, false],
    ]);
    expect(firstPending(judgeSteps(EMPTY))?.step).toBe(1);
  });

  it('each step is done by its own figure; 4 and 5 need a user with a number and nobody left', () => {
    const f = { usersTotal: 3, usersWithCallingPlan: 2, userNumbersAcquired: 2, validatedAddresses: 1 };
    expect(done(f).slice(0, 3)).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(firstPending(judgeSteps({ ...EMPTY, ...f }))?.step).toBe(4);
    expect(done({ ...f, usersWithNumber: 1, licensedUsersWithoutNumber: 1 })[3]).toEqual([4, false]);
    expect(done({ ...f, usersWithNumber: 2, pendingNotifications: 2 }).slice(3)).toEqual([
      [4, true],
      [5, false],
    ]);
    const all = judgeSteps({ ...EMPTY, ...f, usersWithNumber: 2, notifiedUsers: 2 });
    expect(firstPending(all)).toBeUndefined();
    expect(all[4]!.detail).toBe('0 users still to tell; 2 told');
  });

  it('says the figures behind each verdict', () => {
    const [one, two, three] = judgeSteps({
      ...EMPTY,
      usersTotal: 5,
      usersWithCallingPlan: 2,
      userNumbersHeld: 3,
      userNumbersAcquired: 3,
      validatedAddresses: 1,
    });
    expect(one!.detail).toBe('2 of 5 users hold Phone System and a Calling Plan');
    expect(two!.detail).toBe('3 user numbers acquired (3 of 10 allowed held)');
    expect(three!.detail).toBe('1 validated emergency address');
  });
});
