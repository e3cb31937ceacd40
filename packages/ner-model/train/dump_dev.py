"""Writes train/work/dev.jsonl (git-ignored; WikiNEuRal text stays out of the repo): the dev split as model
inputs (piece ids, index of each word's first piece, gold tags), for eval-onnx.ts to score the exported
ONNX models (fp32 and int8) in Node.

usage: /usr/bin/python3 dump_dev.py
"""
import json
import os

import torch

from common import LABELS, WORK
from train import to_example

data = torch.load(os.path.join(WORK, 'data.pt'))
with open(os.path.join(WORK, 'dev.jsonl'), 'w', encoding='utf-8') as f:
    for s in data['dev']:
        ids, lab = to_example(s['pieces'], s['tags'])
        first = [i for i, x in enumerate(lab) if x != -100]
        f.write(json.dumps({'lang': s['lang'], 'ids': ids, 'first': first, 'tags': [LABELS[t] for t in s['tags']]}) + '\n')
print(len(data['dev']), 'dev sentences')
