// Arranging a store through the CLI like an admin would: commands that must succeed, numbers reserved and acquired.
import { cp, peek } from './store.js';

/** Runs a command that must succeed (throws with its stderr otherwise); returns stdout. */
export async function ok(store: string, args: string[]): Promise<string> {
  const r = await cp(store, args);
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.err}`);
  return r.out;
}

/** Reserves and acquires numbers for the default tenant (reserve + acquire --all); returns them (E.164). */
export async function acquireNumbers(store: string, args: string[]): Promise<string[]> {
  const r = JSON.parse(await ok(store, ['reserve', ...args, '-o', 'json'])) as { ReservationId: string; TelephoneNumbers: string[] };
  await ok(store, ['acquire', '--reservation-id', r.ReservationId, '--all']);
  return r.TelephoneNumbers;
}

/** The number (digits) a user holds now, or null. */
export function numberOf(store: string, upn: string): string | null {
  return (
    peek<{ number: string }>(store, 'SELECT n.number FROM numbers n JOIN users u ON u.id = n.user_id WHERE u.upn_key = ?', upn.toLowerCase())[0]?.number ?? null
  );
}
