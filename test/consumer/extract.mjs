// A plain Node 20 ESM script, as a user of the published packages writes it: no TypeScript, no loader, no workspace.
import { extractDates } from '@faits/dates';
import { extractNumbers } from '@faits/numbers';
import { createNer } from '@faits/ner';

const text = "Ce supercalculateur, qui reliera 100 000 puces Nvidia, devrait être opérationnel d'ici l'automne 2025.";
const { dates } = extractDates(text, { lang: 'fr', published: '2024-05-26' });
const numbers = extractNumbers(text, { lang: 'fr' });
const ner = await createNer(); // the bundled model, found inside @faits/ner-model
const entities = await ner.extract(text);
await ner.dispose();
process.stdout.write(`${JSON.stringify({ dates, numbers, entities })}\n`);
