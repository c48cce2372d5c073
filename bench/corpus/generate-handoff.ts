/**
 * The handoff file of the generated corpus (content/handoff.yaml): one queue
 * per article category plus business support, and the fields their handoffs
 * collect. Fixed text in the six locales, as a real help centre has it.
 */
import type { ArticleCategory } from '../../src/core/content/article-schema.ts';
import type { Locale } from '../../src/core/locales.ts';
import { toYaml, type YamlValue } from './to-yaml.ts';

type Text = Record<Locale, string>;

const t = (en: string, da: string, de: string, fi: string, sv: string, lt: string): Text => ({ en, da, de, fi, sv, lt });

/** A queue of the generated handoff file and the fields its handoffs ask for. */
export interface GeneratedQueue {
  id: string;
  name: Text;
  extension: number;
  /** Fields every handoff to this queue collects. */
  fields: string[];
}

/** The queues, by the category of the flows that hand over to them. */
export const QUEUE_OF_CATEGORY: Record<ArticleCategory, GeneratedQueue> = {
  internet: {
    id: 'technical-support',
    name: t('Technical support', 'Teknisk support', 'Technischer Support', 'Tekninen tuki', 'Teknisk support', 'Techninė pagalba'),
    extension: 2100,
    fields: ['customer-number', 'address'],
  },
  mobile: {
    id: 'mobile-support',
    name: t('Mobile support', 'Mobilsupport', 'Mobilfunk-Support', 'Mobiilituki', 'Mobilsupport', 'Mobiliojo ryšio pagalba'),
    extension: 2600,
    fields: ['customer-number', 'sim-number'],
  },
  billing: {
    id: 'billing',
    name: t('Billing', 'Regninger og betaling', 'Rechnungen und Zahlungen', 'Laskutus', 'Fakturor och betalning', 'Sąskaitos ir mokėjimai'),
    extension: 2200,
    fields: ['customer-number', 'invoice-number'],
  },
  orders: {
    id: 'orders',
    name: t('Orders and deliveries', 'Ordrer og levering', 'Bestellungen und Lieferungen', 'Tilaukset ja toimitukset', 'Beställningar och leveranser', 'Užsakymai ir pristatymas'),
    extension: 2300,
    fields: ['order-number'],
  },
  accounts: {
    id: 'accounts',
    name: t('Accounts and sign-in', 'Konto og login', 'Konto und Anmeldung', 'Tili ja kirjautuminen', 'Konto och inloggning', 'Paskyra ir prisijungimas'),
    extension: 2400,
    fields: ['customer-number', 'email'],
  },
  moving: {
    id: 'moving',
    name: t('Moving', 'Flytning', 'Umzug', 'Muutto', 'Flytt', 'Persikraustymas'),
    extension: 2700,
    fields: ['customer-number', 'postcode', 'move-date'],
  },
};

/** Where business customers are handed over, whatever the problem. */
export const BUSINESS_QUEUE: GeneratedQueue = {
  id: 'business-support',
  name: t('Business support', 'Erhvervssupport', 'Geschäftskundensupport', 'Yritysasiakkaiden tuki', 'Företagssupport', 'Verslo klientų aptarnavimas'),
  extension: 2500,
  fields: ['customer-number', 'phone'],
};

/** Fields any handoff may add to its queue's own. */
export const EXTRA_FIELDS = ['description', 'phone', 'email', 'address'] as const;

const FIELDS: Record<string, Record<string, YamlValue>> = {
  'customer-number': {
    label: t('Customer number', 'Kundenummer', 'Kundennummer', 'Asiakasnumero', 'Kundnummer', 'Kliento numeris'),
    kind: 'customer-number',
    pattern: '^\\d{8}$',
    help: t('Eight digits, at the top of every invoice.', 'Otte cifre, øverst på alle regninger.', 'Acht Ziffern, oben auf jeder Rechnung.', 'Kahdeksan numeroa, jokaisen laskun yläreunassa.', 'Åtta siffror, överst på varje faktura.', 'Aštuoni skaitmenys, kiekvienos sąskaitos viršuje.'),
  },
  address: {
    label: t('Address', 'Adresse', 'Adresse', 'Osoite', 'Adress', 'Adresas'),
    maxLength: 200,
  },
  description: {
    label: t('What happened?', 'Hvad er der sket?', 'Was ist passiert?', 'Mitä tapahtui?', 'Vad har hänt?', 'Kas nutiko?'),
    kind: 'multiline',
    maxLength: 2000,
  },
  phone: {
    label: t('Phone number', 'Telefonnummer', 'Telefonnummer', 'Puhelinnumero', 'Telefonnummer', 'Telefono numeris'),
    kind: 'phone',
    required: false,
    pattern: '^\\+?[0-9 ]{8,20}$',
  },
  email: {
    label: t('Email address', 'E-mailadresse', 'E-Mail-Adresse', 'Sähköpostiosoite', 'E-postadress', 'El. pašto adresas'),
    kind: 'email',
    maxLength: 254,
  },
  'order-number': {
    label: t('Order number', 'Ordrenummer', 'Bestellnummer', 'Tilausnumero', 'Ordernummer', 'Užsakymo numeris'),
    pattern: '^NL-\\d{6}$',
  },
  'invoice-number': {
    label: t('Invoice number', 'Fakturanummer', 'Rechnungsnummer', 'Laskun numero', 'Fakturanummer', 'Sąskaitos numeris'),
    pattern: '^\\d{10}$',
  },
  'sim-number': {
    label: t('SIM card number', 'SIM-kortnummer', 'SIM-Kartennummer', 'SIM-kortin numero', 'SIM-kortsnummer', 'SIM kortelės numeris'),
    pattern: '^\\d{19,20}$',
  },
  postcode: {
    label: t('Postcode', 'Postnummer', 'Postleitzahl', 'Postinumero', 'Postnummer', 'Pašto kodas'),
    kind: 'postcode',
  },
  'move-date': {
    label: t('Moving date', 'Flyttedato', 'Umzugsdatum', 'Muuttopäivä', 'Flyttdatum', 'Persikraustymo data'),
    required: false,
    maxLength: 40,
  },
};

function queueEntry(queue: GeneratedQueue): Record<string, YamlValue> {
  return {
    name: queue.name,
    phone: `+45 70 20 ${String(queue.extension).slice(0, 2)} ${String(queue.extension).slice(2)}`,
    hours: queue === BUSINESS_QUEUE
      ? [{ days: 'Mon-Sun', from: '00:00', to: '23:59' }]
      : [{ days: 'Mon-Fri', from: '08:00', to: '20:00' }, { days: 'Sat', from: '10:00', to: '14:00' }],
    email: `${queue.id}@nordlys-net.invalid`,
    chat: `https://chat.nordlys-net.invalid/${queue.id}`,
    transfer: {
      en: `Transfer to extension ${queue.extension} (${queue.name.en.toLowerCase()}) and read out the case code first.`,
      da: `Viderestil til lokal ${queue.extension} (${queue.name.da.toLowerCase()}), og læs sagskoden op først.`,
    },
  };
}

/** content/handoff.yaml: every queue of `QUEUE_OF_CATEGORY` and `BUSINESS_QUEUE`, and every field they collect. */
export function handoffYaml(): string {
  const queues = [...Object.values(QUEUE_OF_CATEGORY), BUSINESS_QUEUE];
  return toYaml(
    { queues: Object.fromEntries(queues.map((q) => [q.id, queueEntry(q)])), fields: FIELDS },
    '# yaml-language-server: $schema=../schema/handoff.schema.json',
  );
}
