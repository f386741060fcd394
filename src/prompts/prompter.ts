// The small interface the wizard asks questions through; tests replace it with scripted answers.

/** One choice of a select or checkbox question. */
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
  checkbox<T>(q: { message: string; choices: readonly Choice<T>[]; required?: boolean }): Promise<T[]>;
  number(q: { message: string; default?: number; min?: number; max?: number }): Promise<number>;
  /** Free text shown between questions (status lines, previews). */
  say(text: string): void;
}
