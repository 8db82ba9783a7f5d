# One entry point. `make run` and `make test` create .venv on first use (pip + venv, no conda needed).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= runs/default
ARGS ?=

.PHONY: venv run test check lab pretrain clean readme docs reproduce outputs
$(BIN)/.installed: settings.ini setup.py
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev]"
	$(BIN)/python -m ipykernel install --user --name unigame --display-name "unigame (.venv)" >/dev/null
	touch $@

venv: $(BIN)/.installed

## the main job: UniGame on the embedded model with the settings its folder recommends (data/base/umm/unigame_config.json);
## CONFIG=configs/x.yaml adds a settings file, ARGS="-p seed 3" papermill options
CONFIG ?=
run: venv
	mkdir -p $(OUT)
	$(BIN)/papermill nbs/train.ipynb $(OUT)/train.ipynb -k python3 --cwd nbs $(if $(CONFIG),-f $(CONFIG),) -p out_dir $(OUT) $(ARGS)

## tests: sync/clean checks, then nbdev_test (slow and cuda cells skipped; FLAGS=slow runs slow cells too, as CI does)
FLAGS ?=
test: venv check
	$(BIN)/nbdev_test --n_workers 2 --timing $(if $(FLAGS),--flags "$(FLAGS)",)

## notebooks clean, library in sync, papermill notebooks still parameterized
check: venv
	PATH=$(CURDIR)/$(BIN):$$PATH bash .ci/check_sync

## JupyterLab on the notebooks with the project's kernel ("unigame (.venv)")
lab: venv
	$(BIN)/jupyter lab --notebook-dir=nbs

## rebuild the embedded base bundle (world, tokenizer, VQ, UMM, scorer, judge) from nothing
pretrain: venv
	mkdir -p runs/pretrain
	$(BIN)/papermill nbs/pretrain.ipynb runs/pretrain/pretrain.ipynb -k python3 --cwd nbs $(ARGS)

clean:
	rm -rf runs data/cache

## refresh the results page (nbs/results.md) from the results files and README.md from nbs/index.ipynb
readme: venv
	$(BIN)/python -c "from unigame.report import update_readme; print('README updated' if update_readme() else 'README up to date')"

## the documentation site in _docs/: nbdev_docs where Quarto is installed (QUARTO=1 installs the pinned quarto-cli, the `docs` extra),
## else unigame.docs (static HTML of the same notebooks, then checked)
QUARTO ?=
docs: venv
	$(if $(QUARTO),$(BIN)/pip install -q -e ".[docs]",)
	if [ -x $(BIN)/quarto ] || command -v quarto >/dev/null; then PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/nbdev_docs; else $(BIN)/python -m unigame.docs; fi

## run the notebooks whose code changed since their committed outputs were made and write the outputs in place
## (NB="01_world.ipynb paper/table_main.ipynb" names some, ALL=1 runs all; see nbs/08c_docs.ipynb)
NB ?=
ALL ?=
outputs: venv
	$(BIN)/python -m unigame.docs outputs $(NB) $(if $(ALL),--all,)

## every paper table and figure from configs/paper/ in dependency order, reusing steps whose inputs and outputs are as recorded
## (data/results/reproduce.json); QUICK=1: every paper notebook at its CI-sized defaults (under runs/paper/smoke/)
QUICK ?=
reproduce: venv
	MPLBACKEND=Agg $(BIN)/python -m unigame.reproduce $(if $(QUICK),--quick,) $(ARGS)
