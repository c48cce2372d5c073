/**
 * Lithuanian, which lunr-languages lacks: the Snowball Lithuanian stemmer
 * from @orama/stemmers ("maršrutizatoriaus", "maršrutizatoriumi" →
 * "maršrutizator") and a list of Lithuanian function words.
 */
import { stemmer } from '@orama/stemmers/lithuanian';
import type { Analyzer } from './analyzer.ts';

/** Pronouns, prepositions, conjunctions, particles and forms of būti. */
export const LITHUANIAN_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'ir ar bet o kad jog nes kai kol jei jeigu nors tačiau arba nei bei tai tas ta tie tos to tą tuo toje tame tų ' +
    'tiems toms tam tai šis ši šie šios šio šią šiuo šioje šiame šių šiems kuris kuri kurie kurios kurio kurią ' +
    'kuriuo kurioje kuriame kurių kuriems kas ką kam kuo kur kada kaip kodėl koks kokia kokie kokios kiek ' +
    'aš tu jis ji mes jūs jie jos man tau jam jai mums jums jiems joms mane tave jį ją mus jus juos jas mano ' +
    'tavo jo jų mūsų jūsų savo sau save savęs manęs tavęs su be iš į per prie nuo po apie už ant pas ties ' +
    'prieš tarp dėl link iki pagal virš ne taip pat dar jau tik net gal lyg vis visai labai čia ten yra buvo ' +
    'bus būti esu esi esame esate nėra nebuvo nebus būtų'
  ).split(' '),
);

/** The Lithuanian analyzer. */
export function lithuanianAnalyzer(): Analyzer {
  return {
    locale: 'lt',
    stem: (term) => stemmer(term) || term,
    isStopWord: (term) => LITHUANIAN_STOP_WORDS.has(term),
  };
}
