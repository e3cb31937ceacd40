"""A small BERT encoder for token classification, written directly in torch so that it exports cleanly
to ONNX (no nn.TransformerEncoderLayer): token + position + token-type embeddings, post-LN blocks with
fused QKV self-attention and a GELU feed-forward, and a linear head over the IOB2 labels."""
import math

import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, hidden, heads, ffn, dropout):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.out = nn.Linear(hidden, hidden)
        self.ln1 = nn.LayerNorm(hidden, eps=1e-12)
        self.ff1 = nn.Linear(hidden, ffn)
        self.ff2 = nn.Linear(ffn, hidden)
        self.ln2 = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias):
        b, s, h = x.shape
        d = h // self.heads
        q, k, v = self.qkv(x).view(b, s, 3, self.heads, d).permute(2, 0, 3, 1, 4)  # 3 x (b, heads, s, d)
        att = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(d)) + bias
        att = torch.softmax(att, dim=-1)  # no attention-probs dropout: it costs a quarter of the step on CPU
        ctx = torch.matmul(att, v).transpose(1, 2).reshape(b, s, h)
        x = self.ln1(x + self.drop(self.out(ctx)))
        x = self.ln2(x + self.drop(self.ff2(nn.functional.gelu(self.ff1(x)))))
        return x


class BertTagger(nn.Module):
    def __init__(self, vocab_size, num_labels, hidden=128, layers=4, heads=4, ffn=512, max_pos=256,
                 type_vocab=2, dropout=0.1):
        super().__init__()
        self.cfg = dict(vocab_size=vocab_size, num_labels=num_labels, hidden=hidden, layers=layers, heads=heads,
                        ffn=ffn, max_pos=max_pos, type_vocab=type_vocab, dropout=dropout)
        self.tok = nn.Embedding(vocab_size, hidden, padding_idx=0)
        self.pos = nn.Embedding(max_pos, hidden)
        self.typ = nn.Embedding(type_vocab, hidden)
        self.ln = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(dropout)
        self.blocks = nn.ModuleList([Block(hidden, heads, ffn, dropout) for _ in range(layers)])
        self.head = nn.Linear(hidden, num_labels)
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def forward(self, input_ids, attention_mask, token_type_ids):
        s = input_ids.shape[1]
        pos = torch.arange(s, device=input_ids.device).unsqueeze(0)
        x = self.tok(input_ids) + self.pos(pos) + self.typ(token_type_ids)
        x = self.drop(self.ln(x))
        bias = (1.0 - attention_mask.to(x.dtype))[:, None, None, :] * -10000.0
        for blk in self.blocks:
            x = blk(x, bias)
        return self.head(x)
