# Folio: two commands do everything on a fresh Debian machine (see README.md).
#   make report   renders every spec in ReportSpecs/ into Output/
#   make test     runs the whole test suite
SWIFT ?= swift
SPECS := $(wildcard ReportSpecs/*.yaml)

.PHONY: report test embed-check fuzz bench check-output check-pdf previews deps test-deps build build-release clean

# What `make report` needs; `test-deps` adds the tools the tests read PDFs back with (poppler-utils, qpdf, pdfua).
deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh --test

build: test-deps
	$(SWIFT) build

# The Swift runtime and Foundation linked statically: the same code, 7 ms less start-up per run
# (dynamic linking of libswiftCore, Foundation and ICU took 19 ms of a 0.1 s report).
RELEASE := -c release --static-swift-stdlib --disable-local-rpath

build-release: deps
	$(SWIFT) build $(RELEASE)

report: build-release
	$(SWIFT) run -c release --skip-build folio build $(SPECS) --output Output

# Exit 3 (naming each file) when Output/ differs from what the specs produce: CI keeps Output/ honest.
check-output: build-release
	$(SWIFT) run -c release --skip-build folio build $(SPECS) --output Output --check

# qpdf --check, pdfua (PDF/UA-1) and the structure read-back on every PDF in Output/ (docs/accessibility.md).
check-pdf: test-deps build-release
	$(SWIFT) run -c release --skip-build folio check $(patsubst %,--pdf %,$(wildcard Output/*.pdf))

# make report, plus a PNG of every page in Output/previews/ for reviewing a change.
previews: build-release
	$(SWIFT) run -c release --skip-build folio build $(SPECS) --output Output --preview

test: build
	$(SWIFT) test
	$(MAKE) embed-check

# A program outside this package that depends on the FolioKit product, as a host application does
# (docs/examples/embed): it renders the annual report and a chart to the committed bytes and reads a bad spec's
# SpecError. About a minute the first time.
embed-check: build
	$(SWIFT) build --package-path docs/examples/embed
	docs/examples/embed/.build/debug/embed-folio $(CURDIR)

# Property-based fuzzing of the spec and CSV readers and layout: a fixed number of mutated inputs, no crash.
ITERATIONS ?= 400
fuzz: build
	$(SWIFT) run folio-fuzz $(ITERATIONS)

# Speed against matplotlib, vl-convert, gnuplot, ReportLab, WeasyPrint, Typst and raw Cairo/Pango (bench/README.md).
ROUNDS ?= 5
bench:
	bench/setup.sh
	python3 bench/run.py --rounds $(ROUNDS)

# The whole suite in a Debian 13 (trixie) root made with debootstrap, as root: Folio on Cairo 1.18 and Pango 1.56
# (docs/debian13.md). Not part of .ci/run: it needs root and about 7 minutes the first time (2 cores).
.PHONY: test-debian13
test-debian13:
	scripts/debian13-test.sh

clean:
	rm -rf .build
