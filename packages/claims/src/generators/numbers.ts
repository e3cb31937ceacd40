import type { ClaimContext } from '../context.ts';
import type { Candidate, Generator } from '../types.ts';

/**
 * Quantity, money and percentage facts from the numbers layer. A bare cardinal with no counted noun and no unit
 * says nothing by itself and is left out; a multiplier ("quatre fois plus grand") is a quantity in `times`.
 */
export const numberGenerator: Generator = {
  name: 'numbers',
  generate(ctx: ClaimContext) {
    const out: Candidate[] = [];
    for (const n of ctx.numbers) {
      const base = {
        start: n.start, end: n.end, text: n.text, value: n.value, qualifier: n.qualifier,
        confidence: n.confidence, source: 'claims.number.v1', anchor: n.start,
      };
      const extra: Record<string, unknown> = {};
      if (n.max !== undefined) extra['max'] = n.max;
      if (n.item !== undefined) extra['item'] = n.item;
      if (n.vendor !== undefined) extra['vendor'] = { canonical: n.vendor.text, ...n.vendor };
      switch (n.kind) {
        case 'money':
          if (n.currency === undefined) continue;
          out.push({ ...base, ...extra, type: 'money', currency: n.currency });
          break;
        case 'percentage':
          out.push({ ...base, ...extra, type: 'percentage', unit: n.unit ?? 'percent' });
          break;
        case 'factor':
          out.push({ ...base, ...extra, type: 'quantity', unit: 'times' });
          break;
        case 'quantity':
        case 'cardinal':
          if (n.item === undefined && n.unit === undefined) continue;
          out.push({ ...base, ...extra, type: 'quantity', ...(n.unit === undefined ? {} : { unit: n.unit }), confidence: n.item === undefined ? n.confidence * 0.9 : n.confidence });
          break;
      }
    }
    return out;
  },
};
