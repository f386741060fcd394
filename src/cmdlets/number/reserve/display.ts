// How a reservation reads in a terminal: the id, the expiry with time left, and the numbers.
import { timeLeft } from '../../../output/bars.js';
import type { Style } from '../../../output/style.js';

/** The text reserve prints for -o table. */
export function reservationText(
  s: {
    ReservationId: string | null;
    Result: string;
    InventoryType: string;
    NumberType: string;
    CityCode: string;
    City: string;
    ExpiresAt: string;
    TimeLeftSeconds: number;
    CivicAddressId: string | null;
    TelephoneNumbers: string[];
  },
  style: Style,
): string {
  const lines = [
    s.Result === 'WhatIf'
      ? style.warn(
          `What if: would reserve ${s.TelephoneNumbers.length} ${s.NumberType} numbers in ${s.City} (${s.CityCode}) for ${Math.round(s.TimeLeftSeconds / 60)} minutes.`,
        )
      : `${style.bold('ReservationId')}  ${s.ReservationId}`,
    `${style.bold('ExpiresAt')}      ${s.ExpiresAt} ${style.accent(`(${timeLeft(s.TimeLeftSeconds * 1000)} left)`)}`,
    `${style.bold('City')}           ${s.City} (${s.CityCode}), ${s.InventoryType}${s.NumberType === 'TollFree' ? ' toll-free' : s.NumberType === 'Toll' ? ' toll' : ''}`,
  ];
  if (s.CivicAddressId) lines.push(`${style.bold('Address')}        ${s.CivicAddressId} (the numbers carry its default location)`);
  lines.push(`${style.bold('Numbers')}        ${s.TelephoneNumbers.length}`);
  for (const n of s.TelephoneNumbers) lines.push(`  ${n}`);
  if (s.Result !== 'WhatIf')
    lines.push('', style.dim(`Acquire with: callplan acquire --reservation-id ${s.ReservationId} --all   (or --telephone-numbers N1,N2)`));
  return lines.join('\n') + '\n';
}
