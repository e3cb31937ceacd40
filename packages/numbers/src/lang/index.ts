import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';
import type { NumberLanguageData } from './types.ts';

/** Per-language data, by ISO 639-1 code. fr, en, de, es are complete; it, pt, nl carry smaller lexicons. */
export const LANGUAGES: Readonly<Record<string, NumberLanguageData>> = Object.freeze({ de, en, es, fr, it, nl, pt });
