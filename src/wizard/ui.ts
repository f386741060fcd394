// How the wizard talks: the prompter for questions, plus lines, headings, flag answers and problems in one style.
import { OperationError, UsageError, type CallplanError } from '../errors.js';
import { safeText } from '../text/sanitize.js';
import type { Style } from '../output/style.js';
import type { Prompter } from '../prompts/prompter.js';

/** The wizard's voice: every line it prints and every question it asks goes through here. */
export class WizardUi {
  constructor(
    readonly ask: Prompter,
    readonly style: Style,
    /** --yes: confirmations are accepted without asking. */
    readonly yes: boolean,
  ) {}

  /** Prints text (already made safe by the caller where it holds stored text). */
  say(text: string): void {
    this.ask.say(text);
  }

  /** A step's heading: "── 2/5 · Get phone numbers ──". */
  heading(position: number, total: number, name: string): void {
    const title = ` ${position}/${total} · ${name} `;
    this.say(`\n${this.style.accent('──')}${this.style.bold(title)}${this.style.accent('─'.repeat(Math.max(2, 60 - title.length)))}`);
  }

  /** A success line. */
  ok(text: string): void {
    this.say(`${this.style.ok('✔')} ${text}`);
  }

  /** A line about something the admin should know (not an error). */
  note(text: string): void {
    this.say(`${this.style.warn('!')} ${text}`);
  }

  /** Dimmed explanatory text. */
  hint(text: string): void {
    this.say(this.style.dim(text));
  }

  /** Shows a question answered by a flag, so the admin sees what was applied. */
  given<T>(label: string, value: T, shown: string, flag: string): T {
    this.say(`${this.style.ok('✔')} ${label} ${this.style.accent(safeText(shown))} ${this.style.dim(`(${flag})`)}`);
    return value;
  }

  /** A yes/no confirmation of a change; --yes accepts it without asking. */
  async confirm(message: string, dflt = true): Promise<boolean> {
    if (this.yes) return this.given(message, true, 'yes', '--yes');
    return this.ask.confirm({ message, default: dflt });
  }

  /**
   * Shows a refusal from a service (an OperationError or UsageError: one line with ErrorId, message and hint) and
   * returns; anything else (Ctrl+C, a store that cannot be used, a bug) is thrown on to the CLI.
   */
  problem(err: unknown): void {
    if (!(err instanceof OperationError || err instanceof UsageError)) throw err;
    this.say(this.problemText(err));
  }

  /** The one-line form of a refusal. */
  problemText(err: CallplanError): string {
    const hint = err.hint ? `\n  ${this.style.dim(`Hint: ${safeText(err.hint)}`)}` : '';
    return `${this.style.bad(`✖ ${err.errorId}:`)} ${safeText(err.message.replace(/\s*\n\s*/g, ' '))}${hint}`;
  }
}
