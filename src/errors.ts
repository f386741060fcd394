// Typed errors. Each maps to one exit code; src/cli.ts is the only place that catches them.

/** Exit codes of SPEC §5. */
export const ExitCode = {
  Ok: 0,
  Failed: 1,
  Usage: 2,
  Store: 3,
  Cancelled: 130,
} as const;

/** Base class: every error the tool reports on purpose carries a stable ErrorId and an optional hint. */
export abstract class CallplanError extends Error {
  abstract readonly exitCode: number;
  constructor(
    readonly errorId: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line itself is wrong (unknown parameter, bad value): exit 2. */
export class UsageError extends CallplanError {
  readonly exitCode = ExitCode.Usage;
}

/** The operation was refused or failed by a domain rule: exit 1. */
export class OperationError extends CallplanError {
  readonly exitCode = ExitCode.Failed;
}

/** The store cannot be used (missing directory, locked, corrupt, newer version): exit 3. */
export class StoreError extends CallplanError {
  readonly exitCode = ExitCode.Store;
}

/** The admin cancelled (Ctrl+C): exit 130. */
export class CancelledError extends CallplanError {
  readonly exitCode = ExitCode.Cancelled;
  constructor(message = 'Cancelled.') {
    super('Cancelled', message);
  }
}

/** A problem found while checking one field of one request or CSV row. */
export interface Problem {
  field: string;
  errorId: string;
  message: string;
}

/** Raises the first problem of a non-empty list as an OperationError. */
export function throwIfProblems(problems: readonly Problem[]): void {
  const first = problems[0];
  if (first) throw new OperationError(first.errorId, first.message);
}
