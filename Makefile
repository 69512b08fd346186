# The two commands of the README. Both set everything up first (idempotent).
.PHONY: run test setup bench corpus corpus-long

setup:
	bash scripts/setup.sh

run: setup
	.venv/bin/pim-docs process corpus/documents --out outputs
	.venv/bin/pim-docs clusters --db sqlite:///outputs/catalogue.sqlite --out outputs/clusters

test: setup
	.venv/bin/python -m pytest -q

bench: setup
	.venv/bin/python benchmarks/bench_extract.py
	.venv/bin/python benchmarks/bench_classify.py
	.venv/bin/python benchmarks/bench_ingest.py --copies 3
	.venv/bin/pip install -q -e ".[bench]" && .venv/bin/python benchmarks/bench_clusters.py

corpus: setup
	.venv/bin/python corpus/src/pdf/build_pdf.py
	.venv/bin/python corpus/src/office/build_office.py

corpus-long: setup
	for b in corpus/src/long/author_*/build.py; do .venv/bin/python $$b || exit 1; done
