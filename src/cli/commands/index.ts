/**
 * The commands of `vn-worktime`, in the order the help lists them.
 *
 * @module
 */
import type { Command } from '../command.js';
import { add } from './add.js';
import { batch } from './batch.js';
import { between } from './between.js';
import { calendar } from './calendar.js';
import { deadline } from './deadline.js';
import { holidays } from './holidays.js';
import { intake } from './intake.js';
import { lunar } from './lunar.js';
import { schedule } from './schedule.js';
import { solar } from './solar.js';
import { status } from './status.js';
import { workdays } from './workdays.js';

export const COMMANDS: readonly Command[] = [intake, deadline, status, batch, holidays, schedule, calendar, workdays, add, between, lunar, solar];
