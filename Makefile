# Folio: two commands do everything on a fresh Debian machine (see README.md).
#   make report   renders every spec in ReportSpecs/ into Output/
#   make test     runs the whole test suite
SWIFT ?= swift
SPECS := $(wildcard ReportSpecs/*.yaml)

.PHONY: report test deps build build-release clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

build-release: deps
	$(SWIFT) build -c release

report: build-release
	$(SWIFT) run -c release --skip-build folio build $(SPECS) --output Output

test: build
	$(SWIFT) test

clean:
	rm -rf .build
