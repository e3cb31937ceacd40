"""Step 1: read WikiNEuRal (7 languages, train.conllu + val.conllu), split off a fixed dev set, train a
sentencepiece BPE on the training words, turn it into a WordPiece vocabulary and write the Hugging Face
tokenizer files into ../model/, then encode the data into train/work/data.pt.

usage: /usr/bin/python3 prep.py [--data DIR] [--dev-per-lang 500] [--vocab 8000] [--seed 13]
"""
import argparse
import json
import os
import random
import sys
import time
from collections import Counter

import sentencepiece as spm
import torch

from common import (DEFAULT_DATA, LABEL2ID, LABELS, LANGS, MAX_LEN, MODEL_DIR, SPECIALS, WORK, WordPiece,
                    normalize, pre_tokenize, read_conllu)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=DEFAULT_DATA, help='folder holding wikineural/<lang>/{train,val}.conllu')
    ap.add_argument('--dev-per-lang', type=int, default=500)
    ap.add_argument('--vocab', type=int, default=8000)
    ap.add_argument('--seed', type=int, default=13)
    ap.add_argument('--min-char-count', type=int, default=3, help='rarer characters become [UNK]')
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(MODEL_DIR, exist_ok=True)
    t0 = time.time()
    rng = random.Random(args.seed)

    train, dev = [], []
    for lang in LANGS:
        sents = []
        for split in ('train', 'val'):
            p = os.path.join(args.data, 'wikineural', lang, f'{split}.conllu')
            sents.extend(read_conllu(p))
        idx = list(range(len(sents)))
        rng.shuffle(idx)
        dev_idx = set(idx[:args.dev_per_lang])
        for i, (w, t) in enumerate(sents):
            bad = [x for x in t if x not in LABEL2ID]
            if bad:
                sys.exit(f'unknown tag {bad[0]} in {lang}')
            (dev if i in dev_idx else train).append((lang, w, t))
        print(f'{lang}: {len(sents)} sentences, {args.dev_per_lang} to dev', flush=True)
    print(f'train {len(train)} dev {len(dev)}', flush=True)

    # sentencepiece BPE on the pre-tokenized training words (dev excluded)
    corpus = os.path.join(WORK, 'sp_corpus.txt')
    chars = Counter()
    with open(corpus, 'w', encoding='utf-8') as f:
        for _, w, _ in train:
            toks = [p for x in w for p in pre_tokenize(normalize(x))]
            for x in toks:
                chars.update(x)
            f.write(' '.join(toks) + '\n')
    prefix = os.path.join(WORK, 'sp')
    spm.SentencePieceTrainer.train(input=corpus, model_prefix=prefix, model_type='bpe', vocab_size=args.vocab,
                                   normalization_rule_name='identity', character_coverage=0.9995,
                                   split_digits=True, byte_fallback=False, num_threads=2,
                                   input_sentence_size=400000, shuffle_input_sentence=True, minloglevel=2)
    sp = spm.SentencePieceProcessor(model_file=prefix + '.model')
    vocab_list = list(SPECIALS)
    seen = set(vocab_list)

    def add(p):
        if p and p not in seen and p != '##':
            seen.add(p); vocab_list.append(p)
    for i in range(sp.get_piece_size()):
        if sp.is_control(i) or sp.is_unknown(i):
            continue
        piece = sp.id_to_piece(i)
        if piece.startswith('\u2581'):
            add(piece[1:])
        else:
            add('##' + piece)
    for c, n in sorted(chars.items(), key=lambda kv: -kv[1]):
        if n >= args.min_char_count:
            add(c); add('##' + c)
    vocab = {p: i for i, p in enumerate(vocab_list)}
    print(f'vocab {len(vocab)} entries', flush=True)
    write_tokenizer(vocab)

    wp = WordPiece(vocab)
    unk = total = 0

    def encode(items):
        nonlocal unk, total
        out = []
        for lang, w, t in items:
            pieces = wp.encode_words(w)
            for p in pieces:
                total += len(p); unk += sum(1 for x in p if x == wp.unk)
            out.append({'lang': lang, 'words': w, 'tags': [LABEL2ID[x] for x in t], 'pieces': pieces})
        return out
    enc_train = encode(train)
    enc_dev = encode(dev)
    print(f'unknown pieces {unk}/{total} = {100 * unk / max(total, 1):.3f}%', flush=True)
    torch.save({'train': enc_train, 'dev': enc_dev, 'vocab_size': len(vocab), 'seed': args.seed,
                'unk_rate': unk / max(total, 1)}, os.path.join(WORK, 'data.pt'))
    print(f'done in {time.time() - t0:.0f}s', flush=True)


def write_tokenizer(vocab):
    tj = {
        'version': '1.0',
        'truncation': None,
        'padding': None,
        'added_tokens': [{'id': vocab[s], 'content': s, 'single_word': False, 'lstrip': False, 'rstrip': False,
                          'normalized': False, 'special': True} for s in SPECIALS],
        'normalizer': {'type': 'BertNormalizer', 'clean_text': True, 'handle_chinese_chars': True,
                       'strip_accents': False, 'lowercase': False},
        'pre_tokenizer': {'type': 'BertPreTokenizer'},
        'post_processor': {
            'type': 'TemplateProcessing',
            'single': [{'SpecialToken': {'id': '[CLS]', 'type_id': 0}}, {'Sequence': {'id': 'A', 'type_id': 0}},
                       {'SpecialToken': {'id': '[SEP]', 'type_id': 0}}],
            'pair': [{'SpecialToken': {'id': '[CLS]', 'type_id': 0}}, {'Sequence': {'id': 'A', 'type_id': 0}},
                     {'SpecialToken': {'id': '[SEP]', 'type_id': 0}}, {'Sequence': {'id': 'B', 'type_id': 1}},
                     {'SpecialToken': {'id': '[SEP]', 'type_id': 1}}],
            'special_tokens': {s: {'id': s, 'ids': [vocab[s]], 'tokens': [s]} for s in ('[CLS]', '[SEP]')},
        },
        'decoder': {'type': 'WordPiece', 'prefix': '##', 'cleanup': True},
        'model': {'type': 'WordPiece', 'unk_token': '[UNK]', 'continuing_subword_prefix': '##',
                  'max_input_chars_per_word': 100, 'vocab': vocab},
    }
    with open(os.path.join(MODEL_DIR, 'tokenizer.json'), 'w', encoding='utf-8') as f:
        json.dump(tj, f, ensure_ascii=False)
    with open(os.path.join(MODEL_DIR, 'tokenizer_config.json'), 'w', encoding='utf-8') as f:
        json.dump({'tokenizer_class': 'BertTokenizer', 'do_lower_case': False, 'strip_accents': False,
                   'tokenize_chinese_chars': True, 'model_max_length': MAX_LEN, 'unk_token': '[UNK]',
                   'sep_token': '[SEP]', 'pad_token': '[PAD]', 'cls_token': '[CLS]', 'mask_token': '[MASK]',
                   'clean_up_tokenization_spaces': True}, f, indent=2)
        f.write('\n')
    with open(os.path.join(MODEL_DIR, 'special_tokens_map.json'), 'w', encoding='utf-8') as f:
        json.dump({'unk_token': '[UNK]', 'sep_token': '[SEP]', 'pad_token': '[PAD]', 'cls_token': '[CLS]',
                   'mask_token': '[MASK]'}, f, indent=2)
        f.write('\n')
    with open(os.path.join(MODEL_DIR, 'vocab.txt'), 'w', encoding='utf-8') as f:
        for p in sorted(vocab, key=vocab.get):
            f.write(p + '\n')


if __name__ == '__main__':
    main()
