import type { Command } from '../command';
import { demoCommand } from './demo';

/** Every subcommand, in the order `help` lists them. */
export const COMMANDS: readonly Command[] = [demoCommand];
