# Tingsted: two commands on a fresh machine.
#   make demo   installs what the app needs and opens the demo assembly
#   make test   installs what the tests need and runs the whole suite (headless)
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed

.PHONY: demo test lint bench translations installer clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) -m tingsted --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(PY) -m ruff check app ui tingsted tests benchmarks scripts build_installer.py
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

lint: $(STAMP)
	$(PY) -m ruff check app ui tingsted tests benchmarks scripts build_installer.py
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	# bench_lottery without the library's maximin on realistic_2000 (half an hour; see its --library-figure)
	for b in benchmarks/bench_*.py; do \
	  args=; [ $$b = benchmarks/bench_lottery.py ] && args="--skip-library --national"; \
	  QT_QPA_PLATFORM=offscreen $(PY) $$b $$args || exit 1; done

# A one-folder bundle for venue laptops in dist/tingsted (PyInstaller), started once to check it.
installer: $(STAMP)
	$(PY) -m pip install --quiet -e '.[installer]'
	$(PY) build_installer.py --check

# Both sides' catalogues. The window (Qt Linguist): the Danish .ts is edited by hand (lupdate
# would rewrite it whole and break merges); the Swedish, Norwegian and Finnish ones are made
# from it, keeping their translations, then all are compiled (.qm). app/ (gettext): Babel
# extracts the templates into app/locale/tingsted.pot, the .po files are brought in step (and
# entries still in app/locale/da.json folded in) and compiled (.mo). Untranslated messages
# are listed in translations-todo-{ui,app}.json, to fill in and feed back with --drafts.
BABEL_KEYWORDS = -k _ -k N_ -k gettext -k Message -k plural:1,2 -k n_:1,2 -k ServiceError -k NotFound \
	-k OutdatedAmendment -k TooManyVotes -k PapersAlreadyTyped -k TableReadError -k DatabaseError \
	-k LocalisedError -k ImportProblem:3
translations: $(STAMP)
	$(PY) scripts/sync_translations.py --missing translations-todo-ui.json
	$(VENV)/bin/pybabel extract -F babel.cfg --no-location --omit-header --sort-output $(BABEL_KEYWORDS) \
	  -o app/locale/tingsted.pot app
	$(PY) scripts/sync_catalogues.py --missing translations-todo-app.json

clean:
	rm -rf $(VENV) build dist *.egg-info
