# Everyday tasks (npm scripts stay the primary interface; `just` comes from the rust-just package).
# Run `npx just <recipe>`.

default:
    @just --list

# Format, lint and type-check hearth's sources, then check the lab (types, every host).
check:
    npm run check
    node bin/hearth.mjs check

# Evaluate a host and print its configuration.
eval host:
    node bin/hearth.mjs eval {{host}}

# Explain one option of a host.
explain host option:
    node bin/hearth.mjs explain {{host}} {{option}}

# Regenerate docs/options.md.
options:
    node bin/hearth.mjs options > /dev/null

# Rewrite the service tests' golden files (test/golden) from the example lab; review the diff.
golden:
    UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/services

# Every test (installs what they need first).
test:
    npm run ci

fmt:
    npm run fmt

lint:
    npm run lint

# The evaluation benchmark against Nix's numbers (docs/benchmarks.md).
bench:
    npm run bench

# Build every host's generation (or the hosts named) into ./result/<host>/.
build *hosts:
    node bin/hearth.mjs build {{hosts}}

# Speed of `hearth check` and `hearth build` on the example lab (docs/benchmarks.md).
bench-commands:
    node bench/commands.mjs

# systemd-analyze security of every generated service, and the average (docs/benchmarks.md).
bench-hardening:
    node bench/hardening.mjs

# What the lab's change would do to the hosts, against HEAD (or `just diff --against main`), no SSH.
diff *args:
    node bin/hearth.mjs diff {{args}}

# Deploy hosts (names, @tag or --all): plan, copy, activate, health checks, confirm (docs/deploy.md).
deploy *hosts:
    node bin/hearth.mjs deploy {{hosts}}

# Speed of `hearth deploy` on booted test hosts (as root; docs/benchmarks.md).
bench-deploy:
    node --import tsx bench/deploy.mjs
