"""Entity-level strict F1 (seqeval mode='strict', scheme IOB2): an entity is B-X followed by I-X...;
it counts only if type, start and end all match. Per language and per label."""
from collections import defaultdict


def spans(tags):
    """Strict IOB2 chunks (type, start, end) from a list of tag strings; a stray I-X starts nothing."""
    out, cur = [], None
    for i, t in enumerate(list(tags) + ['O']):
        if cur is not None and t != 'I-' + cur[0]:
            out.append((cur[0], cur[1], i)); cur = None
        if t.startswith('B-'):
            cur = (t[2:], i)
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {'precision': round(p, 4), 'recall': round(r, 4), 'f1': round(f, 4), 'support': tp + fn}


def score(items):
    """items: iterable of (lang, gold_tags, pred_tags). Returns overall / per language / per label P R F."""
    c = defaultdict(lambda: [0, 0, 0])
    for lang, gold, pred in items:
        g, p = set(spans(gold)), set(spans(pred))
        for e in g | p:
            k = 0 if (e in g and e in p) else (1 if e in p else 2)
            for key in ('all', 'lang:' + lang, 'label:' + e[0]):
                c[key][k] += 1
    res = {'overall': prf(*c['all']), 'per_language': {}, 'per_label': {}}
    for key in sorted(c):
        if key.startswith('lang:'):
            res['per_language'][key[5:]] = prf(*c[key])
        elif key.startswith('label:'):
            res['per_label'][key[6:]] = prf(*c[key])
    return res
