export { municipalitiesModule } from './module.ts';
