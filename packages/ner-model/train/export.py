"""Export a checkpoint to ../model/: config.json, onnx/model.onnx (fp32, opset 14) and
onnx/model_quantized.onnx (int8 dynamic quantization written with the `onnx` package alone: every
MatMul with a constant weight becomes DynamicQuantizeLinear + MatMulInteger + rescale, and the word
embedding table is stored int8 with one scale per row).

usage: /usr/bin/python3 export.py [work/best.pt]
"""
import json
import os
import sys

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

from common import LABELS, MAX_LEN, MODEL_DIR, WORK
from model import BertTagger

VERSION = '0.1.0'


def load(path):
    ck = torch.load(path, map_location='cpu')
    m = BertTagger(**ck['cfg'])
    m.load_state_dict(ck['model'])
    m.eval()
    return m, ck


def write_config(m, ck, out_dir):
    c = m.cfg
    cfg = {
        'architectures': ['BertForTokenClassification'],
        'model_type': 'bert',
        'vocab_size': c['vocab_size'],
        'hidden_size': c['hidden'],
        'num_hidden_layers': c['layers'],
        'num_attention_heads': c['heads'],
        'intermediate_size': c['ffn'],
        'hidden_act': 'gelu',
        'hidden_dropout_prob': c['dropout'],
        'attention_probs_dropout_prob': 0.0,  # the model has no attention-probs dropout
        'max_position_embeddings': c['max_pos'],
        'type_vocab_size': c['type_vocab'],
        'initializer_range': 0.02,
        'layer_norm_eps': 1e-12,
        'pad_token_id': 0,
        'position_embedding_type': 'absolute',
        'id2label': {str(i): l for i, l in enumerate(LABELS)},
        'label2id': {l: i for i, l in enumerate(LABELS)},
        'num_labels': len(LABELS),
        'faits': {
            'version': VERSION,
            'parameters': sum(p.numel() for p in m.parameters()),
            'epoch': ck.get('epoch'),
            'dev_f1': ck.get('dev_f1'),
            'trained_on': 'WikiNEuRal de en es fr it nl pt (CC BY-NC-SA 4.0)',
        },
    }
    with open(os.path.join(out_dir, 'config.json'), 'w') as f:
        json.dump(cfg, f, indent=2)
        f.write('\n')


def export_onnx(m, path):
    ids = torch.tensor([[2, 10, 11, 12, 3], [2, 13, 14, 3, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    tt = torch.zeros_like(ids)
    torch.onnx.export(m, (ids, mask, tt), path, input_names=['input_ids', 'attention_mask', 'token_type_ids'],
                      output_names=['logits'], opset_version=14, do_constant_folding=True,
                      dynamic_axes={'input_ids': {0: 'batch', 1: 'sequence'},
                                    'attention_mask': {0: 'batch', 1: 'sequence'},
                                    'token_type_ids': {0: 'batch', 1: 'sequence'},
                                    'logits': {0: 'batch', 1: 'sequence'}})
    model = onnx.load(path)
    onnx.checker.check_model(model)
    names = [i.name for i in model.graph.input]
    assert names == ['input_ids', 'attention_mask', 'token_type_ids'], names


def quantize(src, dst):
    model = onnx.load(src)
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    new_nodes, drop_inits, add_inits = [], set(), []
    n_q = 0
    for node in g.node:
        if node.op_type == 'MatMul' and node.input[1] in inits:
            w = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)
            if w.ndim != 2:
                new_nodes.append(node); continue
            scale = np.maximum(np.abs(w).max(axis=0), 1e-8) / 127.0  # one scale per output column
            wq = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
            base = node.input[1].replace('.', '_') + f'_q{n_q}'
            n_q += 1
            add_inits += [numpy_helper.from_array(wq, base + '_int8'),
                          numpy_helper.from_array(np.array(0, dtype=np.int8), base + '_zp'),
                          numpy_helper.from_array(scale.astype(np.float32), base + '_scale')]
            drop_inits.add(node.input[1])
            x = node.input[0]
            new_nodes += [
                helper.make_node('DynamicQuantizeLinear', [x], [base + '_xq', base + '_xs', base + '_xzp']),
                helper.make_node('MatMulInteger', [base + '_xq', base + '_int8', base + '_xzp', base + '_zp'],
                                 [base + '_i32']),
                helper.make_node('Cast', [base + '_i32'], [base + '_f'], to=TensorProto.FLOAT),
                helper.make_node('Mul', [base + '_xs', base + '_scale'], [base + '_s']),
                helper.make_node('Mul', [base + '_f', base + '_s'], [node.output[0]]),
            ]
        elif node.op_type == 'Gather' and node.input[0] in inits and \
                numpy_helper.to_array(inits[node.input[0]]).shape[0] > 1000:
            # the word-embedding table: int8 rows, one scale per row, dequantized after the lookup
            t = numpy_helper.to_array(inits[node.input[0]]).astype(np.float32)
            scale = np.maximum(np.abs(t).max(axis=1), 1e-8) / 127.0
            tq = np.clip(np.round(t / scale[:, None]), -127, 127).astype(np.int8)
            base = 'word_embeddings_q'
            add_inits += [numpy_helper.from_array(tq, base + '_int8'),
                          numpy_helper.from_array(scale.astype(np.float32), base + '_scale'),
                          numpy_helper.from_array(np.array([-1], dtype=np.int64), base + '_axes')]
            drop_inits.add(node.input[0])
            ids = node.input[1]
            new_nodes += [
                helper.make_node('Gather', [base + '_int8', ids], [base + '_rows'], axis=0),
                helper.make_node('Cast', [base + '_rows'], [base + '_rowsf'], to=TensorProto.FLOAT),
                helper.make_node('Gather', [base + '_scale', ids], [base + '_rs'], axis=0),
                helper.make_node('Unsqueeze', [base + '_rs', base + '_axes'], [base + '_rsu']),
                helper.make_node('Mul', [base + '_rowsf', base + '_rsu'], [node.output[0]]),
            ]
        else:
            new_nodes.append(node)
    still_used = {i for n in new_nodes for i in n.input}
    kept = [i for i in g.initializer if i.name not in drop_inits or i.name in still_used]
    del g.initializer[:]
    g.initializer.extend(kept + add_inits)
    del g.node[:]
    g.node.extend(new_nodes)
    # keep only value_info that still exists
    del g.value_info[:]
    onnx.checker.check_model(model)
    onnx.save(model, dst)
    return n_q


def export_all(ckpt, out_dir=MODEL_DIR):
    m, ck = load(ckpt)
    os.makedirs(os.path.join(out_dir, 'onnx'), exist_ok=True)
    fp32 = os.path.join(out_dir, 'onnx', 'model.onnx')
    tmp32, tmpq = fp32 + '.tmp', os.path.join(out_dir, 'onnx', 'model_quantized.onnx.tmp')
    export_onnx(m, tmp32)
    n = quantize(tmp32, tmpq)
    write_config(m, ck, out_dir)
    os.replace(tmp32, fp32)
    os.replace(tmpq, os.path.join(out_dir, 'onnx', 'model_quantized.onnx'))
    return n


if __name__ == '__main__':
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(WORK, 'best.pt')
    n = export_all(path)
    print(f'exported {path}: {n} MatMuls quantized')
