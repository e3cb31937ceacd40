import { describe, expect, it } from 'vitest';
import { FaitsError } from '@faits/document';
import { createPipeline, looksLikeHtml, PIPELINES, resolveConfig } from '@faits/pipeline-article';

describe('pipelines from JSON-able configs', () => {
  it('the shipped pipelines are frozen and valid', () => {
    expect(Object.isFrozen(PIPELINES)).toBe(true);
    for (const name of Object.keys(PIPELINES)) expect(resolveConfig(name).name).toBe(name);
  });

  it('an unknown pipeline or stage name is E_INVALID_OPTION listing the valid values', () => {
    expect(() => resolveConfig('nope')).toThrow(/Valid values: article, light/u);
    expect(() => resolveConfig({ name: 'x', stages: ['langid', 'parse'] })).toThrow(/Stage names: langid, tokenize, ner, numbers, dates, claims/u);
  });

  it('an impossible order is refused when the pipeline is composed', async () => {
    const refused = await createPipeline({ name: 'bad', stages: ['claims', 'numbers', 'dates'] }).then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(FaitsError);
    expect((refused as FaitsError).code).toBe('E_STAGE_ORDER');
    expect((refused as FaitsError).message).toMatch(/"claims.v1" requires the "entities" layer/u);
  });

  it('runs a custom config and checks every stage output (elision and NNBSP in the text)', async () => {
    const pipeline = await createPipeline({ name: 'mini', stages: ['langid', 'tokenize', 'numbers', 'dates'] });
    const doc = await pipeline.run(
      { id: 'x', text: 'L’usine emploiera 1\u202F200 salariés d’ici fin 2025, selon le groupe.', published: '2024-05-26' },
      { check: true },
    );
    expect(doc.stages).toEqual(pipeline.stages.map((s) => s.name));
    expect(doc.lang).toBe('fr');
    expect(doc.numbers?.[0]).toMatchObject({ text: expect.stringContaining('1\u202F200'), value: 1200 });
    expect(doc.dates?.some((d) => d.text.includes('fin 2025'))).toBe(true);
    await pipeline.dispose();
  });

  it('HTML given as text is processed with a LOOKS_LIKE_HTML warning, offsets into the text as given', async () => {
    const pipeline = await createPipeline('light');
    const html = '<!DOCTYPE html><html><body><p>Nvidia vend 100 000 puces.</p><script>alert(1)</script></body></html>';
    const doc = await pipeline.run({ id: 'h', text: html }, { check: true });
    expect(doc.text).toBe(html);
    expect(doc.diagnostics.map((d) => d.code)).toContain('LOOKS_LIKE_HTML');
    expect(looksLikeHtml('Le PDG a dit <oui> et 3 < 4.')).toBe(false);
    const plain = await pipeline.run({ id: 'p', text: 'Nvidia vend 100 000 puces.' });
    expect(plain.diagnostics.map((d) => d.code)).not.toContain('LOOKS_LIKE_HTML');
  });

  it('a given language that is not known is E_UNKNOWN_LANGUAGE', async () => {
    const pipeline = await createPipeline('light');
    await expect(pipeline.run({ id: 'x', text: 'Bonjour.', lang: 'xx' })).rejects.toMatchObject({ code: 'E_UNKNOWN_LANGUAGE' });
  });
});
