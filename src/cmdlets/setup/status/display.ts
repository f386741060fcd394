// status as a terminal page: steps with done/pending, then bars.
import { bar, timeLeft } from '../../../output/bars.js';
import { safeText } from '../../../text/sanitize.js';
import type { Style } from '../../../output/style.js';
import type { StepState } from '../../../domain/steps.js';
import type { StatusFigures } from '../../../store/figures.js';
import type { Tenant } from '../../../store/tenants.js';

const label = (s: string, w = 40) => s.padEnd(w);

/** The columns of the step records. */
export const STEP_COLUMNS = ['Step', 'Name', 'State', 'Detail'];

/** The steps as status records (Step, Name, State, Detail); the wizard's result is the same. */
export function stepRecords(steps: readonly StepState[]): { Step: number; Name: string; State: 'Done' | 'Pending'; Detail: string }[] {
  return steps.map((s) => ({ Step: s.step, Name: s.name, State: s.done ? 'Done' : 'Pending', Detail: s.detail }));
}

/** The status page. */
export function statusText(tenant: Tenant, steps: readonly StepState[], f: StatusFigures, now: Date, style: Style): string {
  const out: string[] = [];
  out.push(`${style.bold(safeText(tenant.name))} ${style.dim(`(${tenant.tenantId}, ${tenant.country})`)}`, '');
  out.push(style.bold('Setup steps'));
  steps.forEach((s, i) => {
    const mark = s.done ? style.ok('✔ done   ') : style.warn('○ pending');
    out.push(`  ${mark} ${i + 1}. ${label(s.name, 30)} ${style.dim(s.detail)}`);
  });
  out.push('', style.bold('Licences (assigned of bought)'));
  for (const s of f.skus) {
    if (s.active === 0 && s.consumed === 0) continue;
    out.push(`  ${label(`${s.name} (${s.sku})`)} ${bar(s.consumed, s.active, style)}`);
  }
  if (f.skus.every((s) => s.active === 0)) out.push(`  ${style.dim('none bought yet — callplan buy-license --sku MCOEV --quantity N')}`);
  out.push('', style.bold('Numbers (held of allowed)'));
  out.push(`  ${label('User numbers')} ${bar(f.userNumbersHeld, f.userNumberQuota, style)}`);
  out.push(`  ${label('Toll service numbers')} ${bar(f.tollHeld, f.serviceQuota, style)}`);
  out.push(`  ${label('Toll-free service numbers')} ${bar(f.tollFreeHeld, f.serviceQuota, style)}`);
  for (const r of f.activeReservations) {
    out.push(`  ${style.accent('reservation')} ${r.reservationId}: ${r.numbers} numbers, ${timeLeft(Date.parse(r.expiresAt) - now.getTime())} left`);
  }
  out.push('', style.bold('Users'));
  out.push(`  ${label('Licensed (Phone System + Calling Plan)')} ${bar(f.usersWithCallingPlan, f.usersTotal, style)}`);
  out.push(`  ${label('With a number')} ${bar(f.usersWithNumber, f.usersWithCallingPlan + Math.max(0, f.usersWithNumber - f.usersWithCallingPlan), style)}`);
  out.push('', style.bold('Emergency addresses'));
  out.push(`  ${label('Validated')} ${bar(f.validatedAddresses, f.addressesTotal, style)}  ${style.dim(`${f.locationsTotal} locations`)}`);
  out.push('', style.bold('Notifications'));
  out.push(
    `  ${label('Told of their number')} ${bar(f.usersWithNumber - f.pendingNotifications, f.usersWithNumber, style)}  ${f.pendingNotifications ? style.warn(`${f.pendingNotifications} pending`) : ''}`.trimEnd(),
  );
  return out.join('\n') + '\n';
}
