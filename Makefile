# inforce - top-level Makefile: a thin driver over Meson.
#   make         build only (build/inforce)
#   make run     install what is missing, build, load the bundled data, print the flagship report
#   make check   install what is missing, build, run every test (also under ASan+UBSan)

BUILD    ?= build
SANBUILD ?= build-asan
DB       ?= inforce.db
MESON    ?= meson

VALGRIND = valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect -q

PREFIX   ?= /usr/local
DESTDIR  ?=

.PHONY: all build deps run check check-plain check-asan check-valgrind install clean

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

check: deps build check-plain check-asan check-valgrind
	@scripts/test-summary $(BUILD)/meson-logs/testlog.json \
		$(SANBUILD)/meson-logs/testlog.json \
		$(BUILD)/meson-logs/valgrind-valgrind.json $(BUILD)/meson-logs/valgrind-cli.json

check-plain: build
	$(MESON) test -C $(BUILD) --print-errorlogs

$(SANBUILD)/build.ninja:
	$(MESON) setup $(SANBUILD) --buildtype=debug -Dwerror=true \
		-Db_sanitize=address,undefined -Db_lundef=false >/dev/null

check-asan: $(SANBUILD)/build.ninja
	ninja -C $(SANBUILD) >/dev/null
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	ASAN_OPTIONS=detect_leaks=1 \
	$(MESON) test -C $(SANBUILD) --print-errorlogs

# memcheck over the plain build: every unit test and every CLI command.
check-valgrind: build
	$(MESON) test -C $(BUILD) --print-errorlogs --suite unit --logbase valgrind --wrapper="$(VALGRIND)"
	INFORCE_TEST_WRAPPER="$(VALGRIND)" $(MESON) test -C $(BUILD) --print-errorlogs --suite cli --logbase valgrind-cli

# A separate build that reads its data from $(PREFIX)/share/inforce once installed.
install:
	@$(MESON) setup build-install --prefix=$(PREFIX) --buildtype=release -Dinstalled_data=true \
		--reconfigure >/dev/null 2>&1 || $(MESON) setup build-install --prefix=$(PREFIX) \
		--buildtype=release -Dinstalled_data=true >/dev/null
	@ninja -C build-install >/dev/null
	$(MESON) install -C build-install --destdir "$(DESTDIR)" --quiet

clean:
	rm -rf $(BUILD) $(SANBUILD) build-install
