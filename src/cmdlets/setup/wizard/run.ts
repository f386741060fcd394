// wizard: refuses without a terminal (naming the commands to script instead), then runs the interactive wizard.
import type { Deps } from '../../../deps.js';
import { UsageError } from '../../../errors.js';
import { answersFrom } from '../../../wizard/answers.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** The commands that do each step without questions. */
export const SCRIPTED_STEPS =
  'buy-license and set-user-license (licences), reserve and acquire (numbers), add-address and add-location (emergency addresses), set-voice-user (assign numbers), notify-users (tell users)';

/** Runs the wizard. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  if (!deps.io.stdin.isTTY || !deps.io.stdout.isTTY) {
    throw new UsageError(
      'WizardNeedsTerminal',
      'the wizard asks questions, so it needs a terminal for input and output; this one is not.',
      `Run it in a terminal, or script the steps with: ${SCRIPTED_STEPS}. callplan status shows what is done.`,
    );
  }
  if (o.step !== undefined && (typeof o.step !== 'number' || o.step < 1 || o.step > 5)) {
    throw new UsageError('InvalidValue', `-Step must be a step number from 1 to 5, not ${String(o.step)}.`);
  }
  const { runWizard } = await import('../../../wizard/run.js');
  return runWizard(deps, answersFrom(o));
}
