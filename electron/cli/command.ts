import type { Lang } from '../../shared/messages/say';
import type { CliContext } from './context';
import type { ExitCode, Output } from './io';

export interface Command {
  /** One word, or two for groups ("keypair import"). */
  name: string;
  summary: string;
  usage: string;
  /** `lang`: the --lang of the call (default: the OS language), for diagnoses, errors and notes. */
  run(argv: string[], env: { out: Output; ctx: CliContext; lang?: Lang }): Promise<ExitCode>;
}
