/** `content/site.yaml`: settings of the help site that writers may change. */
import { z } from 'zod';
import { localizedTextSchema } from '../flows/schema.ts';

export const siteConfigSchema = z.strictObject({
  name: localizedTextSchema.describe('The site name, per locale.'),
  repository: z.url().describe('The content repository, for "edit this page" and "flag this" links.'),
  branch: z.string().min(1).default('main').describe('The branch edit links point at.'),
  feedbackEndpoint: z.url().optional().describe('Where "Was this helpful?" answers are sent, when set.'),
  customerFlagging: z.boolean().default(false).describe('Show "Flag this" to customers too.'),
  listPageSize: z
    .int()
    .min(5)
    .max(500)
    .default(50)
    .describe('How many articles a category page lists, and how many troubleshooters a page of the list of troubleshooters, before the next page.'),
  homeTroubleshooters: z
    .int()
    .min(1)
    .max(100)
    .default(12)
    .describe('How many troubleshooters the home and search pages show; with more, they link to the list of all of them.'),
  featuredTroubleshooters: z
    .array(z.string().min(1))
    .max(100)
    .optional()
    .describe('Flow ids the home and search pages show first, in this order; the others follow by title.'),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
