// Reads new users from parsed options: add-user's flags, or the rows of a bulk file (import-users and the wizard).
import { coerceRow, readRows, type BulkFormat } from '../../../csv/read.js';
import type { UserFields } from '../../../domain/users.js';
import type { UserRequest } from '../../../services/users.js';
import { params, type Options } from '../add/command.js';

/** add-user's options (flags, or one row of a bulk file) as the directory fields of a new user. */
export function userFieldsFromOptions(o: Partial<Options>): UserFields {
  return {
    upn: o.userPrincipalName,
    displayName: o.displayName,
    usageLocation: o.usageLocation,
    email: o.email,
    objectId: o.objectId,
    sipAddress: o.sipAddress,
  };
}

/** Streams a CSV or JSONL file of users (add-user's columns; UserPrincipalName required) as create requests, one per row. */
export async function* userRequests(source: string, opts: { format: BulkFormat; stdin: NodeJS.ReadableStream }): AsyncGenerator<UserRequest> {
  for await (const src of readRows(source, { ...opts, params, required: ['UserPrincipalName'] })) {
    const r = coerceRow(params, src);
    yield { row: r.row, problems: r.problems, fields: userFieldsFromOptions(r.options) };
  }
}
