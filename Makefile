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
	@for spec in $(SPECS); do \
	  name=$$(basename $$spec .yaml); \
	  $(SWIFT) run -c release --skip-build folio charts $$spec --presets --output Output/charts/$$name || exit $$?; \
	done

test: build
	$(SWIFT) test

clean:
	rm -rf .build
