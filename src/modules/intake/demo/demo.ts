import type { AppContext } from '../../../app/context.ts';
import type { DemoOptions } from '../../../app/module.ts';
import { loadDemoFigureReports } from './load-demo-figures.ts';
import { loadDemoStory } from './load-demo-story.ts';

/** `vangnet demo` for intake: the closed reports behind the dashboards, then the story reports in the queue. */
export const loadIntakeDemo = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  await loadDemoFigureReports(ctx, options);
  await loadDemoStory(ctx, options);
};
