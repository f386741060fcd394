// Step 5: preview one user's message (the notify service's template and renderer), choose SMTP or .eml files, send
// through the notify service, show the per-user results. No mail code of its own.
import type { Deps } from '../../deps.js';
import { UsageError } from '../../errors.js';
import { checkFrom, checkSmtpUrl, describeDestination, resolveDestination, SMTP_URL_ENV, type Destination } from '../../notify/destination.js';
import { messageValues } from '../../notify/message.js';
import { loadTemplate, renderTemplate } from '../../notify/template.js';
import { countsLine } from '../../text/count.js';
import { render } from '../../output/render.js';
import { safeText } from '../../text/sanitize.js';
import { defaultFrom, notifyUsers, RESULT_ORDER } from '../../services/notify.js';
import { pendingCandidatesPage } from '../../services/queries.js';
import { changed, type WizardState, type WizardStep } from '../state.js';
import { judge, plural } from '../view.js';

/** Shows the message the first pending user would get (the others differ only in their own values). */
async function preview(state: WizardState, deps: Deps, from: string): Promise<void> {
  const { ui } = state;
  const [first] = pendingCandidatesPage(deps.db, state.tenant.id, '', 1).rows;
  if (!first?.number) return;
  const m = renderTemplate(await loadTemplate(undefined), messageValues({ ...first, number: first.number }, state.tenant.name));
  const rule = ui.style.dim('─'.repeat(64));
  ui.say(`${ui.style.bold('Preview')} ${ui.style.dim(`— the message for ${safeText(first.upn)}`)}`);
  ui.say(rule);
  ui.say(`${ui.style.dim('From:   ')} ${safeText(from)}`);
  ui.say(`${ui.style.dim('To:     ')} ${safeText(first.displayName)} <${safeText(first.email ?? '(no email address)')}>`);
  ui.say(`${ui.style.dim('Subject:')} ${ui.style.bold(safeText(m.subject))}`);
  ui.say('');
  ui.say(
    m.text
      .split('\n')
      .map((l) => `  ${safeText(l)}`)
      .join('\n'),
  );
  ui.say(rule);
}

/** Where the messages go: --smtp / --out, else asked (SMTP URL defaulting to $CALLPLAN_SMTP_URL, or a folder). */
async function destination(state: WizardState, deps: Deps): Promise<Destination> {
  const { ui, answers } = state;
  if (answers.smtp !== undefined || answers.out !== undefined) {
    try {
      const d = resolveDestination(answers.smtp, answers.out, deps.env);
      return ui.given('Send to:', d, describeDestination(d), d.kind === 'smtp' ? '--smtp' : '--out');
    } catch (err) {
      ui.problem(err);
    }
  }
  const envUrl = deps.env[SMTP_URL_ENV]?.trim() || undefined;
  const kind = await ui.ask.select<'smtp' | 'file'>({
    message: 'How should the messages go out?',
    choices: [
      {
        name: 'Send them through an SMTP server',
        value: 'smtp',
        description: envUrl ? `default: ${SMTP_URL_ENV}` : 'smtp://user:pass@host:587 or smtps://user:pass@host:465',
      },
      { name: 'Write them as .eml files into a folder', value: 'file', description: 'to send them later, or to look at them first' },
    ],
    default: envUrl ? 'smtp' : 'file',
  });
  if (kind === 'file') {
    const dir = await ui.ask.input({
      message: 'Folder for the .eml files',
      default: 'callplan-messages',
      validate: (v) => (v.trim() ? true : 'give a folder'),
    });
    return { kind: 'file', dir: dir.trim() };
  }
  const url = await ui.ask.input({
    message: 'SMTP server URL',
    default: envUrl,
    validate: (v) => {
      try {
        checkSmtpUrl(v, 'the URL');
        return true;
      } catch (err) {
        return err instanceof UsageError ? `${err.message} ${err.hint ?? ''}`.trim() : String(err);
      }
    },
  });
  return { kind: 'smtp', url: url.trim() };
}

/** Step 5: tell users their new number. */
export const notifyStep: WizardStep = async (state, deps) => {
  const { ui } = state;
  const { figures } = judge(deps, state.tenant);
  if (!figures.usersWithNumber) {
    ui.note('No user has a number yet, so there is nobody to tell (assign numbers first).');
    return state;
  }
  if (!figures.pendingNotifications) {
    ui.ok(`Every user with a number has been told (${plural(figures.usersWithNumber, 'user')}).`);
    return state;
  }
  ui.say(`${plural(figures.pendingNotifications, 'user')} to tell about a new number or emergency location.`);
  let from: string;
  try {
    from =
      state.answers.from !== undefined ? ui.given('From:', checkFrom(state.answers.from), state.answers.from, '--from') : defaultFrom(deps.db, state.tenant);
    await preview(state, deps, from);
  } catch (err) {
    ui.problem(err);
    return state;
  }
  const dest = await destination(state, deps);
  const verb =
    dest.kind === 'smtp'
      ? `Send ${plural(figures.pendingNotifications, 'message')} through ${describeDestination(dest)}`
      : `Write ${plural(figures.pendingNotifications, '.eml file')} to ${dest.dir}`;
  if (!(await ui.confirm(`${verb}?`))) {
    ui.hint('Nothing sent. callplan notify-users sends them later.');
    return state;
  }
  const progress = deps.progress(dest.kind === 'smtp' ? 'Sending' : 'Writing');
  try {
    const s = await notifyUsers(deps.db, state.tenant, deps.clock, {
      selection: { kind: 'pending' },
      destination: dest,
      from,
      force: false,
      whatIf: false,
      progress,
      guard: deps.guard,
      self: deps.self,
    });
    progress.stop();
    // Rows that did not go out say why; above 20 rows only those are listed.
    const untold = s.rows.filter((r) => r.Result !== 'Sent' && r.Result !== 'Written');
    const shown = s.rows.length > 20 ? untold.slice(0, 20) : s.rows;
    const columns = ['Identity', 'Email', 'TelephoneNumber', 'Result', ...(untold.length ? ['ErrorId', 'Message'] : [])];
    if (shown.length) ui.say(render(shown, { format: 'table', columns, style: ui.style }).trimEnd());
    const counts = countsLine(RESULT_ORDER, s.counts);
    const told = (s.counts.Sent ?? 0) + (s.counts.Written ?? 0);
    const skipped = s.counts.Skipped ?? 0;
    if (s.failed) ui.note(`${counts}. The failed users stay pending: fix what the rows say and run the wizard (or callplan notify-users) again.`);
    else if (skipped) ui.note(`${counts}. Another notify-users run is telling the skipped users right now; they stay pending until it has.`);
    else ui.ok(`${counts}.`);
    return told ? changed(state, `${dest.kind === 'smtp' ? 'sent' : 'wrote'} ${plural(told, 'message')}`) : state;
  } catch (err) {
    ui.problem(err);
    return state;
  } finally {
    progress.stop();
  }
};
