/** `content/site.yaml`: settings of the help site that writers may change. */
import { z } from 'zod';
import { localizedTextSchema } from '../flows/schema.ts';

export const siteConfigSchema = z.strictObject({
  name: localizedTextSchema.describe('The site name, per locale.'),
  repository: z.url().describe('The content repository, for "edit this page" and "flag this" links.'),
  branch: z.string().min(1).default('main').describe('The branch edit links point at.'),
  feedbackEndpoint: z.url().optional().describe('Where "Was this helpful?" answers are sent, when set.'),
  customerFlagging: z.boolean().default(false).describe('Show "Flag this" to customers too.'),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
