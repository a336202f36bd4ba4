export { times } from './stage.js';
export { findTimes, type FindTimesOptions, type FoundTimes } from './find.js';
export { timeForRange, timesWithin } from './lookup.js';
export { monthForDay, parseIsoDate, referenceDate, yearForMonth, yearForMonthDay, yearForQuarter } from './reference.js';
export { isDayCount } from './reader.js';
export type { CalDate } from './calendar.js';
