// What the wizard carries from step to step.
import type { Deps } from '../deps.js';
import type { Tenant } from '../store/tenants.js';
import type { WizardAnswers } from './answers.js';
import type { WizardUi } from './ui.js';

/** The wizard's state between steps; the store itself is the source of truth for what is done. */
export interface WizardState {
  tenant: Tenant;
  answers: WizardAnswers;
  ui: WizardUi;
  /** What the wizard changed in this run, one line each (shown at the end). */
  changes: readonly string[];
}

/** One setup step: asks its questions, calls the services, returns the state for the next step. */
export type WizardStep = (state: WizardState, deps: Deps) => Promise<WizardState>;

/** The state with more change lines. */
export function changed(state: WizardState, ...lines: string[]): WizardState {
  return { ...state, changes: [...state.changes, ...lines] };
}
