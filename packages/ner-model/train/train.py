"""Step 2: train the tagger on train/work/data.pt (from prep.py), evaluate on the dev split after every
epoch, save a checkpoint and export the ONNX models into ../model/ after every epoch, and write
train/metrics.json.

usage: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 train.py [--epochs 4] [--hidden 128] [--bench 30]
"""
import argparse
import datetime as dt
import json
import math
import os
import random
import time

import torch
from torch import nn

from common import LABELS, MAX_LEN, WORK, HERE, WordPiece, load_vocab
from evaluate import score
from model import BertTagger

PAD, CLS, SEP = 0, 2, 3


def log(msg):
    print(f'[{dt.datetime.utcnow():%H:%M:%S}] {msg}', flush=True)


def to_example(pieces, tags):
    """input ids and labels: the word label on its first piece, -100 elsewhere; cut at MAX_LEN."""
    ids, lab = [CLS], [-100]
    for p, t in zip(pieces, tags):
        if not p:
            continue
        if len(ids) + len(p) > MAX_LEN - 1:
            break
        ids.extend(p)
        lab.append(t)
        lab.extend([-100] * (len(p) - 1))
    ids.append(SEP); lab.append(-100)
    return ids, lab


def augment(train, wp, rng, p_lower, p_upper, p_concat):
    """The epoch's examples: every sentence, plus lower-cased and upper-cased copies of some sentences,
    plus some pairs of same-language sentences joined into one longer sequence."""
    out = []
    by_lang = {}
    for s in train:
        by_lang.setdefault(s['lang'], []).append(s)
    for s in train:
        out.append(to_example(s['pieces'], s['tags']))
        r = rng.random()
        if r < p_lower:
            out.append(to_example(wp.encode_words([w.lower() for w in s['words']]), s['tags']))
        elif r < p_lower + p_upper:
            out.append(to_example(wp.encode_words([w.upper() for w in s['words']]), s['tags']))
        if rng.random() < p_concat:
            o = rng.choice(by_lang[s['lang']])
            out.append(to_example(s['pieces'] + o['pieces'], s['tags'] + o['tags']))
    return out


def batches(examples, bs, rng, shuffle=True):
    """Length-bucketed batches: sort chunks of 100 batches by length, cut, shuffle the batches."""
    idx = list(range(len(examples)))
    if shuffle:
        rng.shuffle(idx)
    chunk = bs * 100
    out = []
    for i in range(0, len(idx), chunk):
        part = sorted(idx[i:i + chunk], key=lambda j: len(examples[j][0]))
        out += [part[k:k + bs] for k in range(0, len(part), bs)]
    if shuffle:
        rng.shuffle(out)
    return out


def collate(examples, idx):
    n = max(len(examples[j][0]) for j in idx)
    ids = torch.full((len(idx), n), PAD, dtype=torch.long)
    lab = torch.full((len(idx), n), -100, dtype=torch.long)
    for r, j in enumerate(idx):
        a, b = examples[j]
        ids[r, :len(a)] = torch.tensor(a)
        lab[r, :len(b)] = torch.tensor(b)
    return ids, (ids != PAD).long(), lab


@torch.no_grad()
def evaluate(model, dev):
    model.eval()
    exs = [to_example(s['pieces'], s['tags']) for s in dev]
    items = []
    for idx in batches(exs, 64, None, shuffle=False):
        ids, mask, lab = collate(exs, idx)
        pred = model(ids, mask, torch.zeros_like(ids)).argmax(-1)
        for r, j in enumerate(idx):
            s = dev[j]
            p = pred[r][lab[r] != -100].tolist()
            p += [0] * (len(s['tags']) - len(p))  # words cut by MAX_LEN count as O
            items.append((s['lang'], [LABELS[t] for t in s['tags']], [LABELS[t] for t in p]))
    model.train()
    return score(items)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--epochs', type=float, default=4)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--lr', type=float, default=1e-3)
    ap.add_argument('--warmup', type=int, default=1000)
    ap.add_argument('--hidden', type=int, default=128)
    ap.add_argument('--layers', type=int, default=4)
    ap.add_argument('--heads', type=int, default=4)
    ap.add_argument('--ffn', type=int, default=0, help='default 4 x hidden')
    ap.add_argument('--dropout', type=float, default=0.1)
    ap.add_argument('--p-lower', type=float, default=0.06)
    ap.add_argument('--p-upper', type=float, default=0.03)
    ap.add_argument('--p-concat', type=float, default=0.08)
    ap.add_argument('--seed', type=int, default=13)
    ap.add_argument('--threads', type=int, default=1,
                    help='1 is faster than 2 when other processes share the 2 cores (OpenMP waits)')
    ap.add_argument('--stop-at', default='', help='UTC HH:MM: the LR schedule follows max(step, time) progress and '
                    'training ends there (a shared machine has slow spells; a deadline must hold)')
    ap.add_argument('--bench', type=int, default=0, help='only time this many batches and exit')
    ap.add_argument('--no-export', action='store_true')
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    data = torch.load(os.path.join(WORK, 'data.pt'))
    train, dev = data['train'], data['dev']
    wp = WordPiece(load_vocab())
    model = BertTagger(data['vocab_size'], len(LABELS), hidden=args.hidden, layers=args.layers, heads=args.heads,
                       ffn=args.ffn or 4 * args.hidden, max_pos=MAX_LEN, dropout=args.dropout)
    n_params = sum(p.numel() for p in model.parameters())
    log(f'{len(train)} train / {len(dev)} dev sentences, model {n_params} parameters, args {vars(args)}')
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.ndim < 2]
    opt = torch.optim.AdamW([{'params': decay, 'weight_decay': 0.01}, {'params': no_decay, 'weight_decay': 0.0}],
                            lr=args.lr)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)

    if args.bench:
        exs = augment(train[:20000], wp, rng, args.p_lower, args.p_upper, args.p_concat)
        bl = batches(exs, args.batch, rng)[:args.bench]
        t0, n = time.time(), 0
        for idx in bl:
            ids, mask, lab = collate(exs, idx)
            loss = loss_fn(model(ids, mask, torch.zeros_like(ids)).view(-1, len(LABELS)), lab.view(-1))
            opt.zero_grad(); loss.backward(); opt.step()
            n += len(idx)
        log(f'bench hidden {args.hidden}: {n / (time.time() - t0):.1f} sentences/s')
        return

    steps_per_epoch = (len(train) * (1 + args.p_lower + args.p_upper + args.p_concat)) // args.batch + 1
    total = int(steps_per_epoch * args.epochs)

    t_start = time.time()
    budget = None
    if args.stop_at:
        now = dt.datetime.utcnow()
        hh, mm = map(int, args.stop_at.split(':'))
        end = now.replace(hour=hh, minute=mm, second=0, microsecond=0)
        budget = (end - now).total_seconds()
        log(f'time budget {budget / 60:.1f} min, at most {args.epochs} epochs ({total} steps)')

    def progress(step):
        p = step / total
        if budget:
            p = max(p, (time.time() - t_start) / budget)
        return p

    def lr_at(step):
        if step < args.warmup:
            return args.lr * (step + 1) / args.warmup
        return args.lr * max(0.02, 1 - progress(step)) / max(0.02, 1 - args.warmup / total)

    metrics_path = os.path.join(HERE, 'metrics.json')
    history, step, done = [], 0, False
    model.train()
    for epoch in range(1, math.ceil(args.epochs) + 1):
        exs = augment(train, wp, random.Random(args.seed * 1000 + epoch), args.p_lower, args.p_upper, args.p_concat)
        bl = batches(exs, args.batch, rng)
        t0, seen, run_loss = time.time(), 0, 0.0
        for bi, idx in enumerate(bl):
            for g in opt.param_groups:
                g['lr'] = lr_at(step)
            ids, mask, lab = collate(exs, idx)
            loss = loss_fn(model(ids, mask, torch.zeros_like(ids)).view(-1, len(LABELS)), lab.view(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1; seen += len(idx); run_loss += loss.item()
            if progress(step) >= 1:
                done = True
                log(f'schedule finished at step {step} (epoch {epoch}, batch {bi + 1}/{len(bl)})')
                break
            if bi % 200 == 0:
                el = time.time() - t0
                log(f'epoch {epoch} batch {bi}/{len(bl)} loss {run_loss / (bi + 1):.4f} lr {lr_at(step):.2e} '
                    f'{seen / max(el, 1e-9):.0f} sent/s, epoch eta {(len(bl) - bi) * el / max(bi, 1) / 60:.1f} min')
        ep_time = time.time() - t0
        res = evaluate(model, dev)
        log(f'epoch {epoch} done in {ep_time / 60:.1f} min ({seen / ep_time:.0f} sent/s), dev F1 {res["overall"]["f1"]:.4f} '
            f'per language {json.dumps({k: v["f1"] for k, v in res["per_language"].items()})}')
        ck = {'cfg': model.cfg, 'model': model.state_dict(), 'epoch': epoch, 'dev_f1': res['overall']['f1']}
        torch.save(ck, os.path.join(WORK, 'last.pt'))
        history.append({'epoch': epoch, 'minutes': round(ep_time / 60, 2), 'sentences_per_s': round(seen / ep_time, 1),
                        'batches': bi + 1, 'of_batches': len(bl),
                        'train_loss': round(run_loss / (bi + 1), 4), 'dev_f1': res['overall']['f1']})
        if not args.no_export:
            from export import export_all
            export_all(os.path.join(WORK, 'last.pt'))
            log(f'epoch {epoch} exported to model/')
        with open(metrics_path, 'w') as f:
            json.dump({'metric': 'entity-level strict F1 (seqeval strict, IOB2), own dev split: 500 held-out '
                                 'WikiNEuRal sentences per language (seed 13), never trained on',
                       'exported_epoch': epoch, 'dev': res, 'history': history,
                       'model': {**model.cfg, 'parameters': n_params},
                       'training': {**vars(args), 'train_sentences': len(train), 'dev_sentences': len(dev),
                                    'unknown_piece_rate': round(data['unk_rate'], 5),
                                    'hardware': f'{os.cpu_count()} CPU cores (shared), torch {torch.__version__}',
                                    'total_minutes': round((time.time() - t_start) / 60, 1)}}, f, indent=2)
            f.write('\n')
        if done:
            break


if __name__ == '__main__':
    main()
