# The two commands that set up a fresh machine and run everything (see README.md):
#   make render   render and validate every environment, print the summary
#   make test     run the tests
SHELL := bash
export PATH := $(CURDIR)/.tools/node/bin:$(PATH)

.PHONY: render test check bench
render:
	@tools/workspace-setup/setup.sh render
	npm run render

test:
	@tools/workspace-setup/setup.sh test
	npm test

check:
	@tools/workspace-setup/setup.sh render
	npm run check

bench:
	@tools/workspace-setup/setup.sh bench
	npm run bench
