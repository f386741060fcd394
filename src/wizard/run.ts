// The wizard: shows the five steps with done/pending from the store, walks them from the first pending one (steps 2
// and 3 swapped outside the US), and ends with the status page. Each step only calls the services the commands call.
import { STEP_COLUMNS, statusText, stepRecords } from '../cmdlets/setup/status/display.js';
import type { CommandResult } from '../cmdlets/types.js';
import type { Deps } from '../deps.js';
import { countryName } from '../domain/countries.js';
import { firstPending, type StepId } from '../domain/steps.js';
import { CancelledError } from '../errors.js';
import { safeText } from '../text/sanitize.js';
import type { WizardAnswers } from './answers.js';
import type { WizardState, WizardStep } from './state.js';
import { licensesStep } from './steps/1-licenses.js';
import { numbersStep } from './steps/2-numbers.js';
import { addressesStep } from './steps/3-addresses.js';
import { assignStep } from './steps/4-assign.js';
import { notifyStep } from './steps/5-notify.js';
import { WizardUi } from './ui.js';
import { judge, stepList } from './view.js';

/** Each step's function, by the step's id (SPEC §1 numbering). */
export const STEPS: Readonly<Record<StepId, WizardStep>> = { 1: licensesStep, 2: numbersStep, 3: addressesStep, 4: assignStep, 5: notifyStep };

/** Runs the wizard with the deps' prompter; `answers` are the flags (each skips its question). */
export async function runWizard(deps: Deps, answers: WizardAnswers): Promise<CommandResult> {
  const prompter = await deps.prompter();
  const tenant = deps.tenant();
  const ui = new WizardUi(prompter, deps.outStyle, answers.yes);
  const style = deps.outStyle;
  let state: WizardState = { tenant, answers, ui, changes: [] };

  ui.say(`${style.bold('callplan setup wizard')} ${style.dim('·')} ${safeText(tenant.name)} ${style.dim(`(${countryName(tenant.country)})`)}`);
  ui.hint('Five steps to working Calling Plans. Ctrl+C leaves at any question; the next run resumes at the first step not done.');
  const { steps } = judge(deps, tenant);
  const order = steps.map((s) => s.step);
  if (tenant.country !== 'US') ui.hint(`Outside the US numbers come with an emergency address, so addresses (step 2) come before numbers (step 3).`);
  ui.say('');
  ui.say(stepList(steps, style, answers.step === undefined ? firstPending(steps)?.step : order[answers.step - 1]));

  let walk: StepId[];
  if (answers.step !== undefined) {
    walk = [order[answers.step - 1]!];
  } else {
    const first = firstPending(steps);
    if (!first) {
      ui.ok('All five steps are done.');
      const again = await prompter.select<StepId | 0>({
        message: 'Walk a step again?',
        choices: [...steps.map((s, i) => ({ name: `${i + 1}. ${s.name}`, value: s.step as StepId | 0 })), { name: 'No, show the status', value: 0 }],
        default: 0,
      });
      walk = again ? [again] : [];
    } else {
      const at = order.indexOf(first.step);
      ui.say('');
      ui.say(`${at > 0 ? 'Resuming' : 'Starting'} at step ${at + 1}: ${style.bold(first.name)}.`);
      walk = order.slice(at);
    }
  }

  try {
    for (const id of walk) {
      const now = judge(deps, tenant).steps.find((s) => s.step === id)!;
      const position = order.indexOf(id) + 1;
      if (now.done && walk.length > 1 && id !== walk[0]) {
        ui.say(`\n${style.ok('✔')} ${position}/5 · ${now.name} ${style.dim(`— done: ${now.detail}`)}`);
        continue;
      }
      ui.heading(position, order.length, now.name);
      state = await STEPS[id](state, deps);
    }
  } catch (err) {
    // Every change so far was its own finished transaction; no question is ever asked inside one.
    if (err instanceof CancelledError) {
      const first = err.message === 'Cancelled.' ? 'Cancelled' : err.message.replace(/\.$/, '');
      throw new CancelledError(`${first}. Everything done before is saved; run callplan wizard again to resume at the first step not done.`);
    }
    throw err;
  }

  const after = judge(deps, tenant);
  ui.say('');
  if (state.changes.length) {
    ui.say(style.bold('Changed in this run'));
    for (const c of state.changes) ui.say(`  ${style.ok('•')} ${safeText(c)}`);
  } else ui.hint('Nothing was changed in this run.');
  const pending = firstPending(after.steps);
  if (pending) ui.note(`Still to do: step ${order.indexOf(pending.step) + 1}, ${pending.name}. Run callplan wizard again to continue there.`);
  else ui.ok('All five steps are done: the users have numbers, emergency locations and know their number.');

  const clockNow = deps.clock();
  const records = stepRecords(after.steps);
  return {
    records,
    columns: STEP_COLUMNS,
    json: { Steps: records, Changes: state.changes },
    text: `\n${statusText(tenant, after.steps, after.figures, clockNow, style)}`,
  };
}
