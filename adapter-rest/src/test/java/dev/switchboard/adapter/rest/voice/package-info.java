/** Tests of the Voice Interaction endpoints over HTTP, from the vendor's examples to every documented error. */
package dev.switchboard.adapter.rest.voice;
