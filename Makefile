# dealscope -- build, test, run, bench, fuzz, sanitize, install.
# Every variable below can be overridden: make CC=clang LUA=lua5.4

# the Lua interpreter (Debian's busted runs 'lua', which may be 5.1)
LUA       ?= lua5.4
# where the Lua 5.4 headers are
LUA_INC   ?= /usr/include/lua5.4
# optimisation and debug flags (the warning set below is not optional)
CFLAGS    ?= -O2 -g
# the warnings of LPeg's makefile, as errors
WARN      = -std=c99 -Wall -Wextra -pedantic -Wshadow -Wmissing-prototypes \
            -Wstrict-prototypes -Werror
# clang for the fuzzers (libFuzzer)
FUZZ_CC   ?= clang
# seconds each fuzz target runs under 'make fuzz'
FUZZ_TIME ?= 60
# the corpus the benchmarks read
CORPUS    ?= ../shared/corpus/reuters21578.jsonl
# Debian packages the project needs, and those the benchmarks add
DEB_PKGS  = lua5.4 liblua5.4-dev lua-lpeg lua-busted lua-cjson lua-argparse \
            lua-check luarocks gcc make
BENCH_PKGS = ripgrep python3-ahocorasick valgrind
# and those of the end-to-end checks (make e2e)
E2E_PKGS  = chromium lighttpd lighttpd-modules-lua curl tmux valgrind time

SRC     = $(sort $(wildcard csrc/*.c))
HDR     = $(wildcard csrc/*.h)
OBJ     = $(SRC:csrc/%.c=build/obj/%.o)
ASAN_OBJ = $(SRC:csrc/%.c=build-asan/obj/%.o)
CORE    = build/dealscope/core.so
ASAN_CORE = build-asan/dealscope/core.so
BUSTED  = $(LUA) /usr/bin/busted
ENV     = LUA_PATH='./lua/?.lua;./lua/?/init.lua;;' LUA_CPATH='./build/?.so;;'

.PHONY: all deps test run lint sanitize bench bench-deps fuzz install clean \
        valgrind examples e2e tokdiff words-hash lexdiff

all: $(CORE)

build/obj/%.o: csrc/%.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) -fPIC -fvisibility=hidden -I$(LUA_INC) -c $< -o $@

$(CORE): $(OBJ)
	@mkdir -p $(@D)
	$(CC) -shared -o $@ $(OBJ) $(LDFLAGS)

build-asan/obj/%.o: csrc/%.c $(HDR)
	@mkdir -p $(@D)
	$(CC) -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	  -fno-sanitize-recover=all $(WARN) -fPIC -fvisibility=hidden \
	  -I$(LUA_INC) -c $< -o $@

$(ASAN_CORE): $(ASAN_OBJ)
	@mkdir -p $(@D)
	$(CC) -shared -fsanitize=address,undefined -o $@ $(ASAN_OBJ)

# install the Debian packages that are missing (and only those)
deps:
	@missing=$$(for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

bench-deps: deps
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(BENCH_PKGS)"

test: deps all
	$(ENV) $(BUSTED)

run: deps all
	$(ENV) $(LUA) bin/dealscope analyze examples/busan-summit-2025.txt

lint: deps
	luacheck lua spec bin bench examples e2e

# the whole spec suite against an ASan + UBSan build; any report fails
sanitize: deps $(ASAN_CORE)
	LUA_PATH='./lua/?.lua;./lua/?/init.lua;;' \
	LUA_CPATH='./build-asan/?.so;;' \
	LD_PRELOAD="$$($(CC) -print-file-name=libasan.so)" \
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	DEALSCOPE_BUILD=build-asan $(BUSTED)

# one analysis run under valgrind's memcheck: no error, no leak
valgrind: deps all
	@$(MAKE) --no-print-directory deps DEB_PKGS=valgrind
	$(ENV) valgrind --error-exitcode=1 --leak-check=full \
	  --errors-for-leak-kinds=definite $(LUA) bench/valgrind.lua

bench: bench-deps all build/segbench
	$(ENV) $(LUA) bench/run.lua $(CORPUS)

# the C core alone over the corpus (bench/stage_1_segment.lua runs it)
build/segbench: bench/segbench.c $(filter-out %_lua.c csrc/ds_core.c,$(SRC)) $(HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) -Icsrc -o $@ bench/segbench.c \
	  $(filter-out %_lua.c csrc/ds_core.c,$(SRC))

# The differential checkers hold the live core to a frozen reference:
# csrc/ at an earlier commit, which tools/frozen.sh writes from git into
# build/ref/ (a clone with its history is needed).
build/ref/%/.done: tools/frozen.sh
	tools/frozen.sh $* build/ref/$*

# make tokdiff: the live tokenizer and segmenter against the reference
# (bench/tokdiff.c): the corpus, the spec strings, the fixtures, then
# TOKDIFF_RANDOM random and mutated texts
TOKDIFF_RANDOM ?= 1000000
TOKDIFF_SEED   ?= 1
tokdiff: build/tokdiff build/tokdiff-sse2 build/tokdiff-swar
	$(LUA) bench/tokdiff.lua $(CORPUS) build/tokdiff-corpus.rec \
	  build/tokdiff-specs.rec
	build/tokdiff -s $(TOKDIFF_SEED) -r $(TOKDIFF_RANDOM) \
	  -l build/tokdiff-corpus.rec -l build/tokdiff-specs.rec \
	  examples/*.txt spec/fixtures/*.txt fuzz/seeds/text/*
	@echo "the SSE2 build (no AVX2: DS_NO_AVX2):"
	build/tokdiff-sse2 -s $(TOKDIFF_SEED) -r $$(($(TOKDIFF_RANDOM) / 10)) \
	  -l build/tokdiff-corpus.rec -l build/tokdiff-specs.rec \
	  examples/*.txt spec/fixtures/*.txt fuzz/seeds/text/*
	@echo "the portable build (no SSE2: DS_NO_SIMD):"
	build/tokdiff-swar -s $(TOKDIFF_SEED) -r $$(($(TOKDIFF_RANDOM) / 10)) \
	  -l build/tokdiff-corpus.rec -l build/tokdiff-specs.rec \
	  examples/*.txt spec/fixtures/*.txt fuzz/seeds/text/*

# the reference's files include each other and "ds.h": -iquote finds
# them in build/ref/tok/, before csrc/
build/ref/tokref.o: bench/tokref.c bench/tokref.h build/ref/tok/.done
	$(CC) $(CFLAGS) $(WARN) -iquote build/ref/tok -c -o $@ bench/tokref.c

TOKDIFF_SRC = bench/tokdiff.c $(filter-out %_lua.c csrc/ds_core.c,$(SRC))
build/tokdiff: $(TOKDIFF_SRC) build/ref/tokref.o $(HDR)
	$(CC) $(CFLAGS) $(WARN) -Icsrc -o $@ $(TOKDIFF_SRC) build/ref/tokref.o

build/tokdiff-sse2: $(TOKDIFF_SRC) build/ref/tokref.o $(HDR)
	$(CC) $(CFLAGS) $(WARN) -DDS_NO_AVX2 -Icsrc -o $@ $(TOKDIFF_SRC) \
	  build/ref/tokref.o

build/tokdiff-swar: $(TOKDIFF_SRC) build/ref/tokref.o $(HDR)
	$(CC) $(CFLAGS) $(WARN) -DDS_NO_SIMD -Icsrc -o $@ $(TOKDIFF_SRC) \
	  build/ref/tokref.o

# write csrc/ds_words_hash.h again from the word lists of csrc/ds_words.c
# (after changing a list; core._selfcheck() fails until then)
words-hash:
	@mkdir -p build
	$(CC) $(CFLAGS) $(WARN) -o build/words_hash tools/words_hash.c
	build/words_hash > build/ds_words_hash.h
	mv build/ds_words_hash.h csrc/ds_words_hash.h

# make lexdiff: the phrase lexicon against its reference (build/ref/lex/,
# bench/lexdiff/): both built from the same entries, matches compared
# over the corpus and random lexicons. The reference's symbols are
# renamed so both link.
include bench/lexdiff/lexref.mk
LEXDIFF_SRC = $(filter-out %_lua.c csrc/ds_core.c,$(SRC))
LEXDIFF_CC  = $(CC) $(CFLAGS) $(WARN) -fPIC -fvisibility=hidden

lexdiff: deps all build/lexdiff.so
	$(ENV) $(LUA) bench/lexdiff.lua $(CORPUS)

build/lexdiff.so: $(wildcard bench/lexdiff/*.[ch]) build/ref/lex/.done \
                  $(LEXDIFF_SRC) $(HDR)
	@mkdir -p build/lexdiff
	$(LEXDIFF_CC) $(LEXREF_DEFS) -iquote build/ref/lex -Icsrc \
	  -DLD_SIDE=ld_ref -c bench/lexdiff/side.c -o build/lexdiff/side_ref.o
	$(LEXDIFF_CC) $(LEXREF_DEFS) -Icsrc \
	  -c build/ref/lex/ds_lexicon.c -o build/lexdiff/ref_lexicon.o
	$(LEXDIFF_CC) $(LEXREF_DEFS) -Icsrc \
	  -c build/ref/lex/ds_lexscan.c -o build/lexdiff/ref_lexscan.o
	$(LEXDIFF_CC) -Icsrc -DLD_SIDE=ld_cur -DLD_MEMO -c bench/lexdiff/side.c \
	  -o build/lexdiff/side_cur.o
	$(LEXDIFF_CC) -Icsrc -I$(LUA_INC) -c bench/lexdiff/module.c \
	  -o build/lexdiff/module.o
	$(LEXDIFF_CC) -Icsrc -shared -o $@ build/lexdiff/side_ref.o \
	  build/lexdiff/ref_lexicon.o build/lexdiff/ref_lexscan.o \
	  build/lexdiff/side_cur.o build/lexdiff/module.o $(LEXDIFF_SRC)

fuzz:
	$(MAKE) -C fuzz run CC=$(FUZZ_CC) LUA_INC=$(LUA_INC) TIME=$(FUZZ_TIME)

# the C host of examples/embed (build/examples/host)
examples: deps all
	$(MAKE) -C examples/embed CC="$(CC)" CFLAGS="$(CFLAGS)" WARN="$(WARN)" \
	  LUA_INC=$(LUA_INC)

# browser, terminal, lighttpd, C host and stream checks (e2e/run.sh)
e2e: deps all examples
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(E2E_PKGS)"
	$(ENV) bash e2e/run.sh

# the rock into the system tree (as root), else into ~/.luarocks; its
# dependencies (lpeg, cjson, argparse) are the Debian packages of deps
install: deps all
	@if [ "$$(id -u)" = 0 ]; then tree=; else tree=--local; fi; \
	luarocks --lua-version=5.4 $$tree make --deps-mode=none \
	  rockspec/dealscope-scm-1.rockspec

clean:
	rm -rf build build-asan fuzz/build bench/results.json
