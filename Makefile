# inforce - top-level Makefile: a thin driver over Meson.
#   make         build only (build/inforce)
#   make run     install what is missing, build, load the bundled data, print the flagship
#                report, then serve the dashboard on http://127.0.0.1:8080
#   make check   install what is missing, build, run every test: plain, under ASan+UBSan,
#                and under valgrind (every unit test, one CLI case per command and
#                outcome), plus a short fuzz run; the three builds' suites side by side
#   make check-full  the same with every CLI, API, web and reliability test under
#                valgrind too, and a longer fuzz run

BUILD    ?= build
SANBUILD ?= build-asan
DB       ?= inforce.db
MESON    ?= meson

VALGRIND = valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect -q

PREFIX   ?= /usr/local
DESTDIR  ?=

.PHONY: all build deps run check check-full check-plain check-asan check-valgrind \
	check-valgrind-full check-valgrind-unit check-valgrind-cli test-store install clean

all: build

$(BUILD)/build.ninja:
	@$(MESON) setup $(BUILD) --buildtype=debugoptimized -Dwerror=true >/dev/null

build: $(BUILD)/build.ninja
	@ninja -C $(BUILD) >/dev/null

deps:
	@scripts/install-deps

run: deps build
	@$(BUILD)/inforce --db $(DB) init --force
	@$(BUILD)/inforce --db $(DB) report ccm --on 2025-03-06 --chart $(BUILD)/ccm-2025-03-06.svg
	@echo
	@echo "Dashboard: http://127.0.0.1:8080/  (Ctrl-C stops the server; RUN_SERVE=0 skips it)"
	@if [ "$${RUN_SERVE:-1}" != 0 ]; then exec $(BUILD)/inforce --db $(DB) serve; fi

LOGS = $(BUILD)/meson-logs/testlog.json $(SANBUILD)/meson-logs/testlog.json \
	$(BUILD)/meson-logs/valgrind-valgrind.json $(BUILD)/meson-logs/valgrind-cli.json

# The builds first (each with its own ninja), then their suites at once: much of a
# suite's time is waiting (servers, timeouts, kills), which the others fill.
# One store of the bundle for every suite of the three builds (tests/teststore.py).
TEST_STORE = $(abspath $(BUILD))/test-store.db
export INFORCE_TEST_STORE = $(TEST_STORE)

# Made again when the binary or any bundled file is newer.
$(TEST_STORE): $(BUILD)/inforce $(shell find data -type f)
	@rm -f $@ $@-wal $@-shm
	@$(BUILD)/inforce --db $@ --data data init >/dev/null

test-store: build $(TEST_STORE)

check: deps build $(SANBUILD)/build.ninja fuzz-build test-store
	@ninja -C $(SANBUILD) >/dev/null
	@rm -f $(LOGS)
	@$(MAKE) --no-print-directory --output-sync=target -j5 check-plain check-asan \
		check-valgrind-unit check-valgrind-cli check-fuzz
	@scripts/test-summary $(LOGS)

check-full: deps build $(SANBUILD)/build.ninja fuzz-build test-store
	@ninja -C $(SANBUILD) >/dev/null
	@rm -f $(LOGS)
	@$(MAKE) --no-print-directory --output-sync=target -j4 check-plain check-asan \
		check-valgrind-full check-fuzz FUZZ_CHECK_SECONDS=$(FUZZ_FULL_SECONDS) FAULT_POINTS=20 \
		VALGRIND_BUNDLE_STORE=
	@scripts/test-summary $(LOGS)

# tests/faults/run.py: faults injected per operation and kind (make check-full: 20).
FAULT_POINTS ?= 6

check-plain: build test-store
	INFORCE_FAULT_POINTS=$(FAULT_POINTS) $(MESON) test -C $(BUILD) --no-rebuild --print-errorlogs

$(SANBUILD)/build.ninja:
	$(MESON) setup $(SANBUILD) --buildtype=debug -Dwerror=true \
		-Db_sanitize=address,undefined -Db_lundef=false >/dev/null

check-asan: $(SANBUILD)/build.ninja test-store
	ninja -C $(SANBUILD) >/dev/null
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	ASAN_OPTIONS=detect_leaks=1 \
	$(MESON) test -C $(SANBUILD) --no-rebuild --print-errorlogs

# memcheck over the plain build: every unit test, and one CLI case per command and
# outcome (tests/cli/run.py, INFORCE_TEST_SUBSET=commands); the rest of the CLI
# suite runs plain and under ASan.
check-valgrind: check-valgrind-unit check-valgrind-cli

# The bundle unit test under memcheck opens a copy of the test store rather than
# loading the bundle itself (minutes under valgrind; the plain and ASan runs load
# it); make check-full loads it.
VALGRIND_BUNDLE_STORE ?= $(TEST_STORE)

check-valgrind-unit: build test-store
	INFORCE_TEST_BUNDLE_STORE=$(VALGRIND_BUNDLE_STORE) \
	$(MESON) test -C $(BUILD) --no-rebuild --print-errorlogs --suite unit --logbase valgrind --wrapper="$(VALGRIND)"

check-valgrind-cli: build test-store
	INFORCE_TEST_WRAPPER="$(VALGRIND)" INFORCE_TEST_SUBSET=commands \
		$(MESON) test -C $(BUILD) --no-rebuild --print-errorlogs --logbase valgrind-cli cli

# ... and every test of the cli suite (CLI cases, API, web, reliability, formats ...).
check-valgrind-full: check-valgrind-unit
	INFORCE_TEST_WRAPPER="$(VALGRIND)" $(MESON) test -C $(BUILD) --no-rebuild --print-errorlogs --suite cli --logbase valgrind-cli

# A separate build that reads its data from $(PREFIX)/share/inforce once installed.
install:
	@$(MESON) setup build-install --prefix=$(PREFIX) --buildtype=release -Dinstalled_data=true \
		--reconfigure >/dev/null 2>&1 || $(MESON) setup build-install --prefix=$(PREFIX) \
		--buildtype=release -Dinstalled_data=true >/dev/null
	@ninja -C build-install >/dev/null
	$(MESON) install -C build-install --destdir "$(DESTDIR)" --quiet

clean:
	rm -rf $(BUILD) $(SANBUILD) build-install

# Fuzzing (tests/fuzz): libFuzzer targets in their own build (clang, ASan+UBSan,
# -Dfuzz=true), so the builds above are untouched.
#   make fuzz         every target for FUZZ_SECONDS (default 60) each, two at a time
#   make check-fuzz   the short run that make check does (FUZZ_CHECK_SECONDS, default 10;
#                     make check-full: FUZZ_FULL_SECONDS, default 30)
# Inputs that crash are saved in $(FUZZBUILD)/fuzz-artifacts/TARGET/; the working
# corpora grow in $(FUZZBUILD)/fuzz-corpus/TARGET/.
FUZZBUILD          ?= build-fuzz
FUZZ_SECONDS       ?= 60
FUZZ_CHECK_SECONDS ?= 10
FUZZ_FULL_SECONDS  ?= 30
FUZZ_TARGETS       = date csv import treatydef untc server notification

.PHONY: fuzz fuzz-build check-fuzz clean-fuzz

$(FUZZBUILD)/build.ninja:
	CC=clang $(MESON) setup $(FUZZBUILD) --buildtype=debugoptimized -Dwerror=true -Dfuzz=true \
		-Db_sanitize=address,undefined -Db_lundef=false >/dev/null

fuzz-build: $(FUZZBUILD)/build.ninja
	ninja -C $(FUZZBUILD) $(addprefix tests/fuzz/fuzz_,$(FUZZ_TARGETS)) >/dev/null

fuzz: deps fuzz-build
	/usr/bin/python3 tests/fuzz/run.py $(FUZZBUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

check-fuzz: fuzz-build
	/usr/bin/python3 tests/fuzz/run.py $(FUZZBUILD) $(FUZZ_CHECK_SECONDS) $(FUZZ_TARGETS)


clean-fuzz:
	rm -rf $(FUZZBUILD)

clean: clean-fuzz
