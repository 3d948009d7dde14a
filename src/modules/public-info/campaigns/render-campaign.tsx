import type { FastifyReply, FastifyRequest } from 'fastify';
import { render, view } from '../../../app/view.ts';
import { CsrfField } from '../../../web/components/form.tsx';
import type { Block } from '../pages/blocks.ts';
import type { VersionRow } from '../queries.ts';
import { cachedRender } from '../pages/render-cache.ts';
import { Blocks } from '../views/blocks.tsx';
import { InfoPage } from '../views/public-pages.tsx';

const isReportLink = (b: Block) => b.type === 'cta' && (b.href === '/melden' || b.href.startsWith('/melden?'));

/**
 * A campaign as seen on its landing path. A call to action to the report form becomes a small form
 * to /c/<path>/melden, so a report begun from here is counted for the path (without a cookie).
 */
export const renderCampaignPage = async (req: FastifyRequest, reply: FastifyReply, version: VersionRow, code: string): Promise<FastifyReply> => {
  const v = view(req, reply);
  const content = version.content[v.lang];
  const parts: string[] = [];
  let run: Block[] = [];
  const flush = async () => {
    if (run.length === 0) return;
    const blocks = run;
    run = [];
    parts.push(await cachedRender(`${version.id}:${v.lang}:${parts.length}:${blocks.length}`, async () => String(await (<Blocks blocks={blocks} />).toString())));
  };
  for (const block of content.blocks) {
    if (!isReportLink(block) || block.type !== 'cta') {
      run.push(block);
      continue;
    }
    await flush();
    parts.push(
      String(
        await (
          <form method="post" action={`/c/${code}/melden`}>
            <CsrfField token={v.csrf} />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {block.label}
            </button>
          </form>
        ).toString(),
      ),
    );
  }
  await flush();

  return render(reply, <InfoPage view={v} content={content} bodyHtml={parts.join('')} />);
};
