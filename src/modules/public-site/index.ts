export { isOfficeOpen } from './office-hours.ts';
