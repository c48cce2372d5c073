/**
 * Who a reader can call or write to when search finds nothing: a few
 * queues of content/handoff.yaml, worded for the reader's locale, without
 * anything representatives-only (transfer instructions, webhooks).
 */
import type { HandoffConfig } from '../handoff/config-schema.ts';
import { formatOpeningHours, type OpeningHoursStrings } from '../handoff/opening-hours.ts';
import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import { telOf } from './troubleshooter-data.ts';

/** One way to reach a person, as the search results show it. */
export interface SearchContact {
  queue: string;
  name: string;
  phone?: string;
  /** The phone number for a tel: link. */
  tel?: string;
  hours: string[];
  email?: string;
}

/** The queues offered when search finds nothing, when the handoff file has them: general help first. */
export const SEARCH_CONTACT_QUEUES: readonly string[] = ['technical-support', 'billing'];

/**
 * The contact options of `queueIds` that exist and have a phone or an email;
 * when none of them does, the first two queues of the file that do.
 */
export function searchContacts(
  handoff: HandoffConfig | undefined,
  locale: Locale,
  hoursStrings: OpeningHoursStrings,
  queueIds: readonly string[] = SEARCH_CONTACT_QUEUES,
): SearchContact[] {
  if (!handoff) return [];
  const reachable = (id: string) => {
    const queue = handoff.queues[id];
    return queue !== undefined && (queue.phone !== undefined || queue.email !== undefined);
  };
  let ids = queueIds.filter(reachable);
  if (ids.length === 0) ids = Object.keys(handoff.queues).filter(reachable).slice(0, 2);
  return ids.map((id) => {
    const queue = handoff.queues[id]!;
    const contact: SearchContact = {
      queue: id,
      name: queue.name[locale] ?? queue.name[DEFAULT_LOCALE] ?? id,
      hours: formatOpeningHours(queue.hours ?? [], locale, hoursStrings),
    };
    if (queue.phone !== undefined) Object.assign(contact, { phone: queue.phone, tel: telOf(queue.phone) });
    if (queue.email !== undefined) contact.email = queue.email;
    return contact;
  });
}
