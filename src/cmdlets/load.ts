// A command's implementation, loaded on demand through the one runtime module (see src/runtime.ts).
import type { CommandModule } from './types.js';

/** Loads the run function of a command by name. */
export function loadRun(name: string): () => Promise<CommandModule> {
  return async () => {
    const { RUNS } = await import('../runtime.js');
    const mod = RUNS[name];
    if (!mod) throw new Error(`no implementation for command ${name}`);
    return mod;
  };
}
