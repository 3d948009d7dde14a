export { publicInfoModule } from './module.ts';
export { AUDIENCE_SLUGS } from './default-pages.ts';
