"""Shared pieces of the Faits NER training pipeline: paths, labels, CoNLL reading, and a pure-Python
copy of the Hugging Face BERT tokenizer pipeline (BertNormalizer -> BertPreTokenizer -> WordPiece)
that gives the same ids as transformers.js reading our tokenizer.json."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, 'work')
MODEL_DIR = os.path.abspath(os.path.join(HERE, '..', 'model'))
DEFAULT_DATA = os.environ.get('FAITS_NER_DATA', os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data', 'ner'))
LANGS = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']
LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']
LABEL2ID = {l: i for i, l in enumerate(LABELS)}
SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]']
MAX_LEN = 256  # pieces, [CLS] and [SEP] included; = max_position_embeddings


def read_conllu(path):
    """Yield (words, tags) per sentence of an `index<TAB>token<TAB>tag` file."""
    words, tags = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            parts = line.split('\t')
            if len(parts) < 3:
                continue
            words.append(parts[1])
            tags.append(parts[2])
    if words:
        yield words, tags


# ---- tokenizer, mirroring tokenizers' BertNormalizer / BertPreTokenizer / WordPiece ----

def _is_control(c):
    # transformers.js: /^\p{Cc}|\p{Cf}|\p{Co}|\p{Cs}$/u (unassigned Cn is kept)
    if c in '\t\n\r':
        return False
    return unicodedata.category(c) in ('Cc', 'Cf', 'Co', 'Cs')


# JavaScript's \s
_JS_SPACE = set('\t\n\x0b\x0c\r \xa0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') | {chr(c) for c in range(0x2000, 0x200B)}


def _is_whitespace(c):
    return c in _JS_SPACE


def _is_chinese(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def is_punct(c):
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith('P')


def normalize(text):
    """BertNormalizer(clean_text, handle_chinese_chars, strip_accents=False, lowercase=False)."""
    out = []
    for c in text:
        cp = ord(c)
        if cp == 0 or cp == 0xFFFD or _is_control(c):
            continue
        if _is_whitespace(c):
            out.append(' ')
        elif cp <= 0xFFFF and _is_chinese(cp):  # transformers.js looks at UTF-16 code units
            out.append(' ' + c + ' ')
        else:
            out.append(c)
    return ''.join(out)


def pre_tokenize(text):
    """BertPreTokenizer: split on whitespace, and every punctuation character is its own word."""
    words, cur = [], []
    for c in text:
        if c in _JS_SPACE:
            if cur:
                words.append(''.join(cur)); cur = []
        elif is_punct(c):
            if cur:
                words.append(''.join(cur)); cur = []
            words.append(c)
        else:
            cur.append(c)
    if cur:
        words.append(''.join(cur))
    return words


class WordPiece:
    def __init__(self, vocab):
        self.vocab = vocab  # piece -> id
        self.unk = vocab['[UNK]']
        self.cache = {}

    def word(self, w):
        """Greedy longest-match-first; a word with an unmatched part becomes one [UNK]."""
        hit = self.cache.get(w)
        if hit is not None:
            return hit
        if len(w) > 100:
            ids = [self.unk]
        else:
            ids, start = [], 0
            while start < len(w):
                end, cur = len(w), None
                while start < end:
                    sub = w[start:end] if start == 0 else '##' + w[start:end]
                    if sub in self.vocab:
                        cur = self.vocab[sub]; break
                    end -= 1
                if cur is None:
                    ids = [self.unk]; break
                ids.append(cur); start = end
        if len(self.cache) < 500000:
            self.cache[w] = ids
        return ids

    def encode_text(self, text):
        """ids for a raw text, with [CLS] ... [SEP], as transformers.js gives."""
        ids = [self.vocab['[CLS]']]
        for w in pre_tokenize(normalize(text)):
            ids.extend(self.word(w))
        ids.append(self.vocab['[SEP]'])
        return ids

    def encode_words(self, words):
        """pieces of each dataset word (a word may split into several pre-tokens, e.g. "jusqu'")."""
        out = []
        for w in words:
            ids = []
            for p in pre_tokenize(normalize(w)):
                ids.extend(self.word(p))
            out.append(ids)
        return out


def load_vocab(path=None):
    path = path or os.path.join(MODEL_DIR, 'tokenizer.json')
    with open(path, encoding='utf-8') as f:
        tj = json.load(f)
    return tj['model']['vocab']
