// Pieces of the wizard's screen: the step list, licence bars, number quota, reservation time left.
import { holdMsLeft } from '../domain/reservation.js';
import { count } from '../text/count.js';
import { iso } from '../clock.js';
import type { Deps } from '../deps.js';
import { judgeSteps, type StepState } from '../domain/steps.js';
import { bar, timeLeft } from '../output/bars.js';
import { safeText } from '../text/sanitize.js';
import type { Style } from '../output/style.js';
import { collectFigures, type StatusFigures } from '../services/queries.js';
import type { SkuUnits } from '../services/queries.js';
import type { Tenant } from '../store/tenants.js';

/** The figures and the five steps in walking order, as the store has them now. */
export function judge(deps: Deps, tenant: Tenant): { figures: StatusFigures; steps: StepState[] } {
  const figures = collectFigures(deps.db, tenant, iso(deps.clock()));
  return { figures, steps: judgeSteps(figures) };
}

/** The steps with ✔ done / ○ pending, numbered in walking order; `current` is marked with an arrow. */
export function stepList(steps: readonly StepState[], style: Style, current?: number): string {
  return steps
    .map((s, i) => {
      const mark = s.done ? style.ok('✔') : style.warn('○');
      const arrow = s.step === current ? style.accent('❯') : ' ';
      const name = `${i + 1}. ${s.name}`.padEnd(34);
      return ` ${arrow}${mark} ${s.step === current ? style.bold(name) : name} ${style.dim(s.detail)}`;
    })
    .join('\n');
}

/** Licence bars (assigned of bought) for the SKUs the tenant has bought or assigned. */
export function licenceBars(skus: readonly SkuUnits[], style: Style): string {
  const shown = skus.filter((s) => s.active > 0 || s.consumed > 0);
  if (!shown.length) return `  ${style.dim('no licences bought yet')}`;
  const labels = shown.map((s) => `${safeText(s.name)} (${s.sku})`);
  const width = Math.max(...labels.map((l) => l.length));
  return shown.map((s, i) => `  ${labels[i]!.padEnd(width)}  ${bar(s.consumed, s.active, style, 20)} ${style.dim('assigned')}`).join('\n');
}

/** "expires in 9m 41s" (or "expired") for a reservation's expiry at the clock's now. */
export function holdLeft(hold: { createdAt: string; expiresAt: string }, now: Date): string {
  const ms = holdMsLeft(hold, now);
  return ms > 0 ? `expires in ${timeLeft(ms)}` : 'expired';
}

/** "12 of 65" plural helper: "1 number", "2 numbers". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
