/**
 * The reliability suite (bench/reliability.sh, docs/reliability.md): the service jar under load while it is killed
 * with SIGKILL and restarted, while its database server is stopped and started again, and as two instances writing
 * to the same interactions, on every store; afterwards every acknowledged message must be stored exactly once. Not
 * part of the build: it kills processes and stops database servers (its own throw-away ones, never the machine's).
 */
package dev.switchboard.bench.reliability;
