// The five setup steps and whether each is done, from the store's counts (pure).

/** Figures the steps are judged on. */
export interface TenantFigures {
  country: string;
  phoneSystemUnits: number;
  callingPlanUnits: number;
  usersTotal: number;
  usersWithCallingPlan: number;
  userNumbersHeld: number;
  userNumbersAcquired: number;
  userNumberQuota: number;
  validatedAddresses: number;
  usersWithNumber: number;
  licensedUsersWithoutNumber: number;
  pendingNotifications: number;
  notifiedUsers: number;
}

export type StepId = 1 | 2 | 3 | 4 | 5;

/** One step's state for status and the wizard. */
export interface StepState {
  step: StepId;
  name: string;
  done: boolean;
  detail: string;
}

export const STEP_NAMES: Record<StepId, string> = {
  1: 'Buy and assign licences',
  2: 'Get phone numbers',
  3: 'Add emergency addresses',
  4: 'Assign numbers and locations',
  5: 'Tell users their new number',
};

/** The order the steps are walked in: outside the US numbers need an address first, so 3 comes before 2. */
export function stepOrder(country: string): StepId[] {
  return country === 'US' ? [1, 2, 3, 4, 5] : [1, 3, 2, 4, 5];
}

/** Judges each step from the figures, in walking order. */
export function judgeSteps(f: TenantFigures): StepState[] {
  const state: Record<StepId, StepState> = {
    1: {
      step: 1,
      name: STEP_NAMES[1],
      done: f.usersWithCallingPlan > 0,
      detail: `${f.usersWithCallingPlan} of ${f.usersTotal} users hold Phone System and a Calling Plan`,
    },
    2: {
      step: 2,
      name: STEP_NAMES[2],
      done: f.userNumbersAcquired > 0,
      detail: `${f.userNumbersAcquired} user numbers acquired (${f.userNumbersHeld} of ${f.userNumberQuota} allowed held)`,
    },
    3: {
      step: 3,
      name: STEP_NAMES[3],
      done: f.validatedAddresses > 0,
      detail: `${f.validatedAddresses} validated emergency address${f.validatedAddresses === 1 ? '' : 'es'}`,
    },
    4: {
      step: 4,
      name: STEP_NAMES[4],
      done: f.usersWithNumber > 0 && f.licensedUsersWithoutNumber === 0,
      detail: `${f.usersWithNumber} users have a number; ${f.licensedUsersWithoutNumber} licensed users still have none`,
    },
    5: {
      step: 5,
      name: STEP_NAMES[5],
      done: f.usersWithNumber > 0 && f.pendingNotifications === 0,
      detail: `${f.pendingNotifications} users still to tell; ${f.notifiedUsers} told`,
    },
  };
  return stepOrder(f.country).map((id) => state[id]);
}

/** The first step not yet done (where the wizard resumes), or undefined when all are done. */
export function firstPending(steps: readonly StepState[]): StepState | undefined {
  return steps.find((s) => !s.done);
}
