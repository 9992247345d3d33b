/**
 * The voice assistant configuration API (role admin, JSON): assistants, their channels, the generated values an
 * administrator pastes into the providers' consoles, and secret rotation. docs/channels.md. The providers' live
 * connections to the generated URLs are not built yet.
 */
package dev.switchboard.adapter.rest.assistant;
