import { entitiesIn, type ClaimContext } from '../context.ts';
import { spanOf, type Candidate, type Generator } from '../types.ts';

/** "ChatGPT de OpenAI", "Gemini by Google": the product's maker, as a `develops` relation. */
export const productMakerGenerator: Generator = {
  name: 'product-makers',
  generate(ctx: ClaimContext) {
    const out: Candidate[] = [];
    const products = ctx.entities.filter((e) => ctx.referentOf.get(e.id)?.label === 'PRODUCT' || ctx.referentOf.get(e.id)?.kind === 'product');
    for (const product of products) {
      const maker = entitiesIn(ctx, product.end + 1, product.end + 200).find((e) => e.start - product.end <= 6 && ctx.referentOf.get(e.id)?.label === 'ORG');
      if (maker === undefined) continue;
      ctx.lang.productOf.lastIndex = 0;
      if (!ctx.lang.productOf.test(ctx.text.slice(product.end, maker.start))) continue;
      const makerRef = ctx.referentOf.get(maker.id);
      const productRef = ctx.referentOf.get(product.id);
      out.push({
        ...spanOf(ctx.text, product.start, maker.end), type: 'relation',
        subject: { canonical: makerRef?.canonical ?? maker.text, entity: makerRef?.mentions[0]?.id ?? maker.id, start: maker.start, end: maker.end, text: maker.text },
        predicate: 'develops',
        object: { canonical: productRef?.canonical ?? product.text, entity: productRef?.mentions[0]?.id ?? product.id, start: product.start, end: product.end, text: product.text },
        confidence: 0.8, source: 'claims.relation.v1', anchor: product.start,
      });
    }
    return out;
  },
};
