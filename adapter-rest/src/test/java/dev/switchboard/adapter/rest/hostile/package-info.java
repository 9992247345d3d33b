/**
 * The hostile-input suite: generators of hostile bodies ({@link dev.switchboard.adapter.rest.hostile.HostileInputs}),
 * a small seeded property runner ({@link dev.switchboard.adapter.rest.hostile.Tries}), and the properties over the
 * request reader and over HTTP. How to run it and change its seed or tries: docs/security.md.
 */
package dev.switchboard.adapter.rest.hostile;
