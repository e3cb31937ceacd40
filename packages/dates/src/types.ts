import type { DATE_GRAINS } from '@faits/document';

export type DateGrain = (typeof DATE_GRAINS)[number];
