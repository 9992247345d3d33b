/** Tests that every error, ours or Micronaut's, reaches the client in the vendor envelope with the right status. */
package dev.switchboard.adapter.rest.error;
