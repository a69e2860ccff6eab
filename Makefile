# Understudy: two commands on a fresh Debian 12 machine with Swift.
#   make serve   serve every vendor emulator on its default port on 127.0.0.1
#   make test    run the whole test suite
SWIFT ?= swift

.PHONY: serve test deps build bench interop

# Installs the system packages the build needs, with apt-get, when they are missing.
deps:
	@command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libmicrohttpd && pkg-config --exists libcurl || { \
		echo "installing libmicrohttpd-dev, libcurl4-openssl-dev and pkg-config with apt-get"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libmicrohttpd-dev libcurl4-openssl-dev pkg-config >/dev/null; }

build: deps
	$(SWIFT) build -c release --product understudy

serve: build
	$$($(SWIFT) build -c release --show-bin-path)/understudy serve --stubs-root Stubs

# The unit and integration tests, then every connector against its emulator and contract
# (JUnit XML and JSON reports land in reports/).
test: deps
	$(SWIFT) test
	$(SWIFT) run understudy verify --junit reports/verify-junit.xml --json reports/verify.json
	$(MAKE) interop

# The official Pact CLI (from PyPI) against Understudy's servers, and Understudy on its pacts.
interop: deps
	@python3 -m venv --help >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get install -y -qq python3 python3-venv python3-pip >/dev/null; }
	bash scripts/pact-interop.sh

bench: deps
	bash bench/run.sh
