import type { CliContext } from './context';
import type { ExitCode, Output } from './io';

export interface Command {
  /** One word, or two for groups ("keypair import"). */
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], env: { out: Output; ctx: CliContext }): Promise<ExitCode>;
}
