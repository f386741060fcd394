// notify-users: checks the request (destination, template, sender) up front, then the notify service sends.
import type { Deps } from '../../../deps.js';
import { CancelledError, UsageError } from '../../../errors.js';
import { resolveDestination } from '../../../notify/destination.js';
import { notifyUsers, type NotifyRequest, type NotifySelection } from '../../../services/notify.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';
import { notifyResult } from './display.js';

/** Runs notify-users. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  const tenant = deps.tenant();
  const identities = o.identity;
  if (identities !== undefined && o.allPending === true) {
    throw new UsageError('ConflictingParameters', 'give -Identity or -AllPending, not both.', 'Leave both out to tell every user still waiting for a message.');
  }
  if (identities !== undefined && identities.length === 0) throw new UsageError('MissingValue', '-Identity needs at least one user.');
  if (o.force === true && identities === undefined) {
    throw new UsageError('ConflictingParameters', '-Force sends again to the users named by -Identity; every pending user gets a message without it.');
  }
  const destination = resolveDestination(o.smtp, o.out, deps.env);
  const selection: NotifySelection = identities ? { kind: 'identities', identities } : { kind: 'pending' };
  const request: NotifyRequest = {
    selection,
    destination,
    from: o.from,
    template: o.template,
    force: o.force === true,
    whatIf: o.whatif === true,
    guard: deps.guard,
    self: deps.self,
  };
  if (o.confirm === true && !request.whatIf) {
    if (!deps.io.stdin.isTTY)
      throw new UsageError(
        'ConfirmNeedsTerminal',
        '-Confirm asks a question, but standard input is not a terminal.',
        'Drop -Confirm (or use -WhatIf to preview).',
      );
    const preview = await notifyUsers(deps.db, tenant, deps.clock, { ...request, whatIf: true });
    const prompter = await deps.prompter();
    if (!(await prompter.confirm({ message: `notify-users would send ${preview.counts.WhatIf ?? 0} message(s). Continue?`, default: false }))) {
      throw new CancelledError('Nothing was sent.');
    }
  }
  const progress = deps.progress(destination.kind === 'smtp' ? 'Sending' : 'Writing');
  try {
    const summary = await notifyUsers(deps.db, tenant, deps.clock, { ...request, progress });
    return notifyResult(summary, deps.outStyle);
  } finally {
    progress.stop();
  }
}
