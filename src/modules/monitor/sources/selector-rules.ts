import { z } from 'zod';

const selector = z.string().trim().min(1).max(200);

/** Where on an ad page each field is (CSS selectors), per source. */
export const ZSelectorRules = z.object({
  /** Which pages are ads (a regular expression on the URL). Other pages are only followed. */
  adUrlPattern: z.string().trim().min(1).max(300),
  title: selector,
  text: selector,
  place: selector.optional(),
  age: selector.optional(),
  price: selector.optional(),
  date: selector.optional(),
  contact: selector.optional(),
  /** Elements whose src/href is an image URL: stored as text, never fetched. */
  images: selector.optional(),
});

export type SelectorRules = z.infer<typeof ZSelectorRules>;

/** The rules for the fictitious test site (and a sensible starting point for a new source). */
export const TEST_SITE_RULES: SelectorRules = {
  adUrlPattern: '/ad/[^/?#]+$',
  title: 'article.ad .title',
  text: 'article.ad .text',
  place: 'article.ad .place',
  age: 'article.ad .age',
  price: 'article.ad .price',
  date: 'article.ad time.date',
  contact: 'article.ad .contact',
  images: 'article.ad img',
};
