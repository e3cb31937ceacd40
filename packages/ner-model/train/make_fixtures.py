"""Writes ../test/fixtures/tokenizer-parity.json: ~300 sentences written for this project (no WikiNEuRal
text) in the seven languages plus hard cases, with the ids the Python tokenizer (common.WordPiece, the
one training used) gives. The vitest parity test compares them with transformers.js' AutoTokenizer.
This is a snapshot of the Python side: regenerate it after retraining the tokenizer.

usage: /usr/bin/python3 make_fixtures.py
"""
import json
import os

from common import HERE, WordPiece, load_vocab

# Short made-up sentences: each template is filled with each of its languages' names and places.
TEMPLATES = {
    'fr': ('{p} a visité {l} avec le maire de {l2}.', ['Claire Dubois', 'Théo Lefèvre', 'Inès Moreau', 'Hugo Faure', 'Chloé Girard']),
    'en': ('{p} flew from {l} to {l2} on Monday.', ['Oliver Smith', 'Emily Carter', 'James O\'Brien', 'Sophie Turner', 'Liam Walsh']),
    'de': ('{p} ist von {l} nach {l2} gezogen.', ['Jürgen Weiß', 'Anna Schäfer', 'Lukas Groß', 'Marie Köhler', 'Felix Bauer']),
    'es': ('{p} viajó de {l} a {l2} en tren.', ['Lucía Fernández', 'Martín Núñez', 'Sofía Ruiz', 'Álvaro Gómez', 'Paula Muñoz']),
    'it': ('{p} è partito da {l} per {l2}.', ['Giulia Rossi', 'Matteo Bianchi', 'Chiara Esposito', 'Niccolò Conti', 'Luca Ferrari']),
    'nl': ('{p} verhuisde van {l} naar {l2}.', ['Daan de Vries', 'Sanne Jansen', 'Bram van Dijk', 'Eva Bakker', 'Joris Visser']),
    'pt': ('{p} mudou-se de {l} para {l2}.', ['João Gonçalves', 'Beatriz Araújo', 'Tiago Simões', 'Inês Conceição', 'Rui Magalhães']),
}
PLACES = ['Lyon', 'Zürich', 'São Paulo', 'Kraków', 'Reykjavík', 'Ljubljana', 'Córdoba', 'Göteborg', 'Łódź', 'Aix-en-Provence']


def main():
    wp = WordPiece(load_vocab())
    with open(os.path.join(HERE, 'fixtures', 'parity_sentences.json'), encoding='utf-8') as f:
        groups = json.load(f)
    items = []
    for lang, sents in groups.items():
        for s in sents:
            items.append({'lang': lang, 'text': s})
    for lang, (tpl, names) in TEMPLATES.items():
        for i, name in enumerate(names):
            for j in range(2):
                l, l2 = PLACES[(i * 2 + j) % len(PLACES)], PLACES[(i * 2 + j + 3) % len(PLACES)]
                items.append({'lang': lang, 'text': tpl.format(p=name, l=l, l2=l2)})
    for it in items:
        it['ids'] = wp.encode_text(it['text'])
    out = os.path.join(HERE, '..', 'test', 'fixtures', 'tokenizer-parity.json')
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('[\n' + ',\n'.join(json.dumps(it, ensure_ascii=False) for it in items) + '\n]\n')
    print(f'{len(items)} sentences -> {os.path.relpath(out)}')


if __name__ == '__main__':
    main()
