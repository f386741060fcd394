// Runs the wizard in-process on a test store with a scripted prompter and a clock the test can move.
import { normalise } from '../../src/argv/normalise.js';
import { parseCanonical } from '../../src/argv/coerce.js';
import { GLOBAL_PARAMS } from '../../src/params/common.js';
import { REGISTRY } from '../../src/cmdlets/index.js';
import type { CommandResult } from '../../src/cmdlets/types.js';
import { params } from '../../src/cmdlets/setup/wizard/command.js';
import type { Deps } from '../../src/deps.js';
import { resolveTenant } from '../../src/store/tenants.js';
import { CallplanError } from '../../src/errors.js';
import { answersFrom } from '../../src/wizard/answers.js';
import { runWizard } from '../../src/wizard/run.js';
import { T0, testDeps } from '../helpers/store.js';
import { ScriptedPrompter, type Scripted } from './scripted.js';

/** What a wizard run gave. */
export interface WizardRun {
  /** The result, or undefined when the run threw. */
  result?: CommandResult;
  /** The error the run threw (the CLI would map it to its exit code). */
  error?: CallplanError;
  exitCode: number;
  prompter: ScriptedPrompter;
  /** Everything said and asked. */
  text: string;
}

/** Options of one run. */
export interface RunOptions {
  /** Flags as typed after `callplan wizard` (kebab or PowerShell spelling), parsed by the wizard's parameter table. */
  flags?: string[];
  now?: string;
  tenant?: string;
  env?: Record<string, string>;
  /** Called whenever the scripted prompter is asked a question, with a clock setter (to let time pass at a question). */
  onAsk?: (message: string, clock: { advance(ms: number): void }) => void;
}

/** Runs the wizard; fails when the script is not used up exactly (unless the run threw). */
export async function runScripted(store: string, script: Scripted[], opts: RunOptions = {}): Promise<WizardRun> {
  const base = await testDeps(store, opts.now ?? T0);
  let now = Date.parse(opts.now ?? T0);
  const clock = { advance: (ms: number) => void (now += ms) };
  const prompter = new ScriptedPrompter(script);
  if (opts.onAsk) {
    const hook = opts.onAsk;
    for (const m of ['input', 'confirm', 'select', 'checkbox', 'search', 'number'] as const) {
      const original = prompter[m].bind(prompter) as (q: { message: string }) => Promise<unknown>;
      (prompter as unknown as Record<string, unknown>)[m] = (q: { message: string }) => {
        hook(q.message, clock);
        return original(q);
      };
    }
  }
  const deps: Deps = {
    ...base,
    clock: () => new Date(now),
    env: opts.env ?? {},
    tenant: opts.tenant ? () => resolveTenant(base.db, opts.tenant) : base.tenant,
    prompter: async () => prompter,
  };
  try {
    const n = normalise(['wizard', ...(opts.flags ?? [])], REGISTRY, GLOBAL_PARAMS);
    const result = await runWizard(deps, answersFrom(parseCanonical(params, n.args.slice(1))));
    prompter.done();
    return { result, exitCode: result.exitCode ?? 0, prompter, text: prompter.text() };
  } catch (err) {
    if (!(err instanceof CallplanError)) throw err;
    return { error: err, exitCode: err.exitCode, prompter, text: prompter.text() };
  } finally {
    base.db.close();
  }
}
