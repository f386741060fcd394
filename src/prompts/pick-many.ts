// A checkbox prompt that @inquirer/checkbox 5 does not offer: type to filter the list, and a message that is
// re-read every second (the reservation countdown). Built on @inquirer/core like the stock prompts.
import {
  createPrompt,
  isBackspaceKey,
  isDownKey,
  isEnterKey,
  isSpaceKey,
  isUpKey,
  makeTheme,
  useEffect,
  useKeypress,
  usePagination,
  usePrefix,
  useState,
} from '@inquirer/core';
import { styleText } from 'node:util';

/** One row of the list. */
export interface PickItem<T> {
  name: string;
  value: T;
  description?: string | undefined;
  disabled?: boolean | string | undefined;
  checked?: boolean | undefined;
}

/** What the prompt is asked. */
export interface PickManyConfig<T> {
  message: string;
  choices: readonly PickItem<T>[];
  required?: boolean | undefined;
  /** Typing narrows the list (space still toggles; ctrl+a toggles every row shown). */
  search?: boolean | undefined;
  /** The message as it reads now; re-read every second while the prompt is open. */
  live?: (() => string) | undefined;
  pageSize?: number | undefined;
}

interface Row<T> extends PickItem<T> {
  checked: boolean;
}

/** Case-insensitive match of every word typed, anywhere in the row's name or description. */
export function matches(item: { name: string; description?: string | undefined }, term: string): boolean {
  const hay = `${item.name} ${item.description ?? ''}`.toLowerCase();
  return term
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

const dim = (s: string) => styleText('dim', s);
const bold = (s: string) => styleText('bold', s);

/** The prompt (call as pickMany(config, context)). */
export const pickMany = createPrompt(<T>(config: PickManyConfig<T>, done: (value: T[]) => void) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<string>('idle');
  const prefix = usePrefix({ status, theme });
  const [rows, setRows] = useState<Row<T>[]>(() => config.choices.map((c) => ({ ...c, checked: c.checked === true })));
  const [term, setTerm] = useState('');
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);
  const [, setTick] = useState(0);

  useEffect(() => {
    if (!config.live) return;
    const timer = setInterval(() => setTick(Date.now()), 1000);
    timer.unref();
    return () => clearInterval(timer);
  }, []);

  const shown = rows.map((r, i) => ({ r, i })).filter(({ r }) => !config.search || term === '' || matches(r, term));
  const current = shown[Math.min(active, Math.max(0, shown.length - 1))];

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    const resetLine = () => {
      // The space (or ctrl key) also reached readline's line buffer: put the search text back.
      rl.clearLine(0);
      if (config.search) rl.write(term);
    };
    if (isEnterKey(key)) {
      const picked = rows.filter((r) => r.checked);
      if (config.required && picked.length === 0) {
        setError('Pick at least one (space picks the row under the cursor).');
        if (config.search) rl.write(term);
        return;
      }
      setStatus('done');
      done(picked.map((r) => r.value));
    } else if (isUpKey(key) || isDownKey(key)) {
      if (config.search) resetLine();
      if (!shown.length) return;
      const at = Math.min(active, shown.length - 1);
      setActive((at + (isUpKey(key) ? -1 : 1) + shown.length) % shown.length);
    } else if (isSpaceKey(key)) {
      resetLine();
      if (!current) return;
      if (current.r.disabled) {
        setError(typeof current.r.disabled === 'string' ? current.r.disabled : 'This row cannot be picked.');
        return;
      }
      setError(undefined);
      setRows(rows.map((r, i) => (i === current.i ? { ...r, checked: !r.checked } : r)));
    } else if (key.name === 'tab') {
      resetLine();
    } else if (key.ctrl && key.name === 'a') {
      resetLine();
      const ids = new Set(shown.filter(({ r }) => !r.disabled).map(({ i }) => i));
      const allOn = [...ids].every((i) => rows[i]!.checked);
      setRows(rows.map((r, i) => (ids.has(i) ? { ...r, checked: !allOn } : r)));
    } else if (config.search) {
      if (isBackspaceKey(key) || rl.line !== term) {
        setTerm(rl.line);
        setActive(0);
        setError(undefined);
      }
    }
  });

  const message = theme.style.message(config.live ? config.live() : config.message, status);
  const picked = rows.filter((r) => r.checked);
  if (status === 'done') {
    const names = picked.slice(0, 3).map((r) => r.name.split('  ')[0]!);
    const more = picked.length > 3 ? ` and ${picked.length - 3} more` : '';
    return `${prefix} ${message} ${theme.style.answer(picked.length ? `${picked.length} picked: ${names.join(', ')}${more}` : 'none')}`;
  }
  // A hook: called on every render, also when nothing matches.
  const listed = usePagination({
    items: shown,
    active: Math.max(0, Math.min(active, shown.length - 1)),
    pageSize: config.pageSize ?? 12,
    loop: false,
    renderItem: ({ item, isActive }) => {
      const mark = item.r.checked ? styleText('green', '◉') : '◯';
      const cursor = isActive ? '❯' : ' ';
      const text = `${cursor}${mark} ${item.r.name}${item.r.disabled ? dim(` ${typeof item.r.disabled === 'string' ? item.r.disabled : '(cannot be picked)'}`) : ''}`;
      return isActive ? theme.style.highlight(text) : text;
    },
  });
  const page = shown.length ? listed : dim(term ? `  nothing matches '${term}'` : '  nothing to pick');
  const counter = dim(`(${picked.length} of ${rows.length} picked${config.search && term ? `, ${shown.length} shown` : ''})`);
  const searchLine = config.search ? `  ${bold('search:')} ${styleText('cyan', term)}${dim('▏')}` : '';
  const keys = [
    ['↑↓', 'move'],
    ['space', 'pick'],
    ['ctrl+a', config.search ? 'all shown' : 'all'],
    ...(config.search ? [['type', 'to search']] : []),
    ['⏎', 'done'],
  ];
  const help = keys.map(([k, a]) => `${bold(k!)} ${dim(a!)}`).join(dim(' • '));
  const description = current?.r.description ? styleText('cyan', current.r.description) : '';
  return [`${prefix} ${message} ${counter}`, [searchLine, page, description, error ? theme.style.error(error) : '', help].filter(Boolean).join('\n')];
});
