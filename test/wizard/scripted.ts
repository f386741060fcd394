// A Prompter that answers from a script: each entry names the question kind and text it expects, in order. An
// unexpected question, a question of another kind or text, an answer the question would not accept, and answers left
// over at the end all fail the test.
import { isDeepStrictEqual } from 'node:util';
import { CancelledError } from '../../src/errors.js';
import type { Choice, Prompter } from '../../src/prompts/prompter.js';

export type Kind = 'input' | 'confirm' | 'select' | 'checkbox' | 'search' | 'number';

/** One scripted answer. `answer` may be a function of the question (e.g. pick from its choices); omitted = the default. */
export interface Scripted {
  kind: Kind;
  /** Text the question's message must contain (or match). */
  q: string | RegExp;
  answer?: unknown;
  /** search: the text typed; the first match is picked unless `answer` says otherwise. */
  term?: string;
  /** Ctrl+C at this question. */
  cancel?: boolean;
}

/** Shorthands for script entries. */
export const ask = {
  input: (q: string | RegExp, answer?: string): Scripted => ({ kind: 'input', q, answer }),
  confirm: (q: string | RegExp, answer?: boolean): Scripted => ({ kind: 'confirm', q, answer }),
  select: (q: string | RegExp, answer?: unknown): Scripted => ({ kind: 'select', q, answer }),
  checkbox: (q: string | RegExp, answer?: unknown): Scripted => ({ kind: 'checkbox', q, answer }),
  number: (q: string | RegExp, answer?: number): Scripted => ({ kind: 'number', q, answer }),
  search: (q: string | RegExp, term: string, answer?: unknown): Scripted => ({ kind: 'search', q, term, answer }),
  cancel: (kind: Kind, q: string | RegExp): Scripted => ({ kind, q, cancel: true }),
};

/** The scripted prompter, with the transcript of everything asked and said. */
export class ScriptedPrompter implements Prompter {
  readonly transcript: string[] = [];
  /** The message of every question asked, in order. */
  readonly asked: string[] = [];
  /** For checkbox questions with a live message: what it read when asked. */
  readonly live: string[] = [];

  constructor(private readonly script: Scripted[]) {}

  private take(kind: Kind, message: string, q: unknown): { entry: Scripted; answer: unknown } {
    this.asked.push(message);
    this.transcript.push(`? ${message}`);
    const entry = this.script.shift();
    const where = () => `\n--- transcript ---\n${this.transcript.join('\n')}`;
    if (!entry) throw new Error(`unexpected question (${kind}): '${message}'${where()}`);
    const matches = typeof entry.q === 'string' ? message.includes(entry.q) : entry.q.test(message);
    if (entry.kind !== kind || !matches) throw new Error(`expected ${entry.kind} question '${String(entry.q)}', was asked ${kind} '${message}'${where()}`);
    if (entry.cancel) {
      this.transcript.push('^C');
      throw new CancelledError();
    }
    return { entry, answer: typeof entry.answer === 'function' ? (entry.answer as (q: unknown) => unknown)(q) : entry.answer };
  }

  private check<T>(message: string, choices: readonly Choice<T>[], value: unknown): T {
    const hit = choices.find((c) => c.value === value || isDeepStrictEqual(c.value, value));
    if (!hit) throw new Error(`'${message}': ${JSON.stringify(value)} is not one of its choices: ${choices.map((c) => JSON.stringify(c.value)).join(', ')}`);
    if (hit.disabled) throw new Error(`'${message}': choice ${JSON.stringify(value)} is disabled`);
    return hit.value;
  }

  async input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string> {
    const { answer } = this.take('input', q.message, q);
    const v = answer === undefined ? (q.default ?? '') : String(answer);
    const ok = q.validate ? q.validate(v) : true;
    if (ok !== true) throw new Error(`'${q.message}' refused the scripted answer '${v}': ${ok}`);
    this.transcript.push(`  > ${v}`);
    return v;
  }

  async confirm(q: { message: string; default?: boolean }): Promise<boolean> {
    const { answer } = this.take('confirm', q.message, q);
    const v = answer === undefined ? (q.default ?? false) : Boolean(answer);
    this.transcript.push(`  > ${v ? 'yes' : 'no'}`);
    return v;
  }

  async select<T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T> {
    const { answer } = this.take('select', q.message, q);
    const v = this.check(q.message, q.choices, answer === undefined ? (q.default ?? q.choices[0]?.value) : answer);
    this.transcript.push(`  > ${q.choices.find((c) => c.value === v)?.name ?? String(v)}`);
    return v;
  }

  async checkbox<T>(q: { message: string; choices: readonly Choice<T>[]; required?: boolean; search?: boolean; live?: () => string }): Promise<T[]> {
    if (q.live) this.live.push(q.live());
    const { answer } = this.take('checkbox', q.message, q);
    const wanted = answer === undefined ? q.choices.filter((c) => c.checked).map((c) => c.value) : (answer as unknown[]);
    const v = wanted.map((w) => this.check(q.message, q.choices, w));
    if (q.required && !v.length) throw new Error(`'${q.message}' needs at least one choice`);
    this.transcript.push(`  > ${v.map(String).join(', ') || '(none)'}`);
    return v;
  }

  async search<T>(q: { message: string; source: (term: string) => readonly Choice<T>[] }): Promise<T> {
    const { entry, answer } = this.take('search', q.message, q);
    const shown = q.source(entry.term ?? '');
    if (!shown.length) throw new Error(`'${q.message}': nothing matches '${entry.term}'`);
    const v = answer === undefined ? shown[0]!.value : this.check(q.message, shown, answer);
    this.transcript.push(`  > (${entry.term}) ${shown.find((c) => c.value === v)?.name ?? String(v)}`);
    return v;
  }

  async number(q: { message: string; default?: number; min?: number; max?: number }): Promise<number> {
    const { answer } = this.take('number', q.message, q);
    const v = answer === undefined ? (q.default ?? 0) : Number(answer);
    if ((q.min !== undefined && v < q.min) || (q.max !== undefined && v > q.max)) throw new Error(`'${q.message}' refuses ${v} (min ${q.min}, max ${q.max})`);
    this.transcript.push(`  > ${v}`);
    return v;
  }

  say(text: string): void {
    this.transcript.push(text);
  }

  /** Everything said and asked, as one text. */
  text(): string {
    return this.transcript.join('\n');
  }

  /** Fails when scripted answers were left over. */
  done(): void {
    if (this.script.length) {
      throw new Error(
        `${this.script.length} scripted answer(s) left over, first: ${this.script[0]!.kind} '${String(this.script[0]!.q)}'\n--- transcript ---\n${this.text()}`,
      );
    }
  }
}
