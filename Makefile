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

# Update the Danish catalogue from the UI sources, then compile it (edit the .ts in Qt Linguist).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py' | sort) -ts resources/translations/tingsted_da.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/tingsted_da.ts -qm resources/translations/tingsted_da.qm

clean:
	rm -rf $(VENV) build dist *.egg-info
