// A fresh process: create a calendar in `zone`, then time its first query over 1000–9999.
import { WorkingCalendar } from '../dist/calendar/index.js';

const zone = process.argv[2] ?? 'Europe/Paris';
const HOURS = [['07:00', '11:30'], ['13:30', '17:00']];
let t0 = performance.now();
const calendar = WorkingCalendar.create({ zone, week: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS } });
const createMs = performance.now() - t0;
t0 = performance.now();
const hours = calendar.workingTimeBetween('1000-01-01T00:00', '9999-12-31T00:00').as('hours');
const queryMs = performance.now() - t0;
t0 = performance.now();
calendar.workingTimeBetween('1000-01-02T00:00', '9999-12-30T00:00');
const secondMs = performance.now() - t0;
console.log(JSON.stringify({ zone, createMs, queryMs, secondMs, hours }));
