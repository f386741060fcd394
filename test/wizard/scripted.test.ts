// The scripted prompter itself: it must fail a test on an unexpected question, a wrong question, an answer the
// question would refuse, and leftover answers — or the step tests would prove nothing.
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/errors.js';
import { ScriptedPrompter, ask } from './scripted.js';

describe('ScriptedPrompter', () => {
  it('answers in order and checks each question', async () => {
    const p = new ScriptedPrompter([ask.input('Name', 'Ken'), ask.select('Colour', 'red'), ask.checkbox('Pick'), ask.search('Where', 'red', 'b')]);
    expect(await p.input({ message: 'Name?' })).toBe('Ken');
    expect(await p.select({ message: 'Colour', choices: [{ name: 'Red', value: 'red' }] })).toBe('red');
    expect(
      await p.checkbox({
        message: 'Pick',
        choices: [
          { name: 'A', value: 1, checked: true },
          { name: 'B', value: 2 },
        ],
      }),
    ).toEqual([1]);
    const source = (t: string) =>
      [
        { name: 'redmond', value: 'a' },
        { name: 'red hill', value: 'b' },
        { name: 'seattle', value: 'c' },
      ].filter((c) => c.name.includes(t));
    expect(await p.search({ message: 'Where', source })).toBe('b');
    expect(() => p.done()).not.toThrow();
  });

  it('fails on an unexpected question, a question of another kind or text, and leftovers', async () => {
    await expect(new ScriptedPrompter([]).confirm({ message: 'Go?' })).rejects.toThrow("unexpected question (confirm): 'Go?'");
    await expect(new ScriptedPrompter([ask.input('Name')]).confirm({ message: 'Go?' })).rejects.toThrow(
      "expected input question 'Name', was asked confirm 'Go?'",
    );
    await expect(new ScriptedPrompter([ask.confirm('Stop?')]).confirm({ message: 'Go?' })).rejects.toThrow('expected confirm question');
    const left = new ScriptedPrompter([ask.confirm('Go?'), ask.input('Name')]);
    await left.confirm({ message: 'Go?' });
    expect(() => left.done()).toThrow("1 scripted answer(s) left over, first: input 'Name'");
  });

  it('fails on answers the question would refuse, and throws CancelledError for Ctrl+C', async () => {
    await expect(new ScriptedPrompter([ask.select('Colour', 'blue')]).select({ message: 'Colour', choices: [{ name: 'Red', value: 'red' }] })).rejects.toThrow(
      'is not one of its choices',
    );
    await expect(
      new ScriptedPrompter([ask.input('Code', 'x')]).input({ message: 'Code', validate: (v) => (v.length === 2 ? true : 'two letters') }),
    ).rejects.toThrow('two letters');
    await expect(new ScriptedPrompter([ask.number('How many', 600)]).number({ message: 'How many', max: 500 })).rejects.toThrow('refuses 600');
    await expect(new ScriptedPrompter([ask.cancel('input', 'Name')]).input({ message: 'Name' })).rejects.toBeInstanceOf(CancelledError);
  });
});
