/** Every command of the CLI. Each domain adds its own file and one line here. */
import type { Command } from '../command';
import { doctor } from './doctor';
import { inspect } from './inspect';

export const COMMANDS: Command[] = [doctor, inspect];
