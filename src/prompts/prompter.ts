// The small interface the wizard asks questions through; tests replace it with scripted answers.

/** One choice of a select, checkbox or search question. */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  disabled?: boolean | string;
  checked?: boolean;
}

/** The questions the wizard can ask. */
export interface Prompter {
  input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  /**
   * Several choices. `search`: typing filters the list (for long lists such as users). `live`: the message as it reads
   * now, re-read every second while the question is open (a countdown); `message` is its value when asked.
   */
  checkbox<T>(q: { message: string; choices: readonly Choice<T>[]; required?: boolean; search?: boolean; live?: () => string }): Promise<T[]>;
  /** One choice out of a list filtered by what the admin types (`source` gets the text typed so far). */
  search<T>(q: { message: string; source: (term: string) => readonly Choice<T>[] }): Promise<T>;
  number(q: { message: string; default?: number; min?: number; max?: number }): Promise<number>;
  /** Free text shown between questions (status lines, previews). */
  say(text: string): void;
}
