import type { LanguageData } from './types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';

export type { LanguageData } from './types.ts';

/** The languages the Faits pipeline supports end to end, as ISO 639-1 codes. */
export const SUPPORTED_LANGUAGES = Object.freeze(['fr', 'en', 'de', 'es', 'it', 'pt', 'nl'] as const);
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const LANGUAGE_DATA: Readonly<Record<SupportedLanguage, LanguageData>> = Object.freeze({ fr, en, de, es, it, pt, nl });
