import type { Command } from '../command';
import { bundleCommand } from './bundle';
import { demoCommand } from './demo';
import { matchCommand } from './match';
import { scheduleCommand } from './schedule';

/** Every subcommand, in the order `help` lists them. */
export const COMMANDS: readonly Command[] = [demoCommand, matchCommand, scheduleCommand, bundleCommand];
