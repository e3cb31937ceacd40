import { AI } from './ai.ts';
import { CHIPS } from './chips.ts';
import { COMPANIES } from './companies.ts';
import { FINANCE } from './finance.ts';
import { INSTITUTIONS } from './institutions.ts';
import { MEDIA } from './media.ts';
import { TECH } from './tech.ts';
import type { GazetteerEntry } from './types.ts';

/** Every entry shipped with `@faits/ner`, frozen: AI, tech, chips, media, finance, companies, institutions. */
export const GAZETTEER: readonly GazetteerEntry[] = Object.freeze([...AI, ...TECH, ...CHIPS, ...MEDIA, ...FINANCE, ...COMPANIES, ...INSTITUTIONS]);
