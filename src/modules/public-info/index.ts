export { publicInfoModule } from './module.ts';
export { AUDIENCE_SLUGS } from './pages/default-pages.ts';
