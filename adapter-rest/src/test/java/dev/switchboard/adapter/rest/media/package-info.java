/** Tests of content negotiation. */
package dev.switchboard.adapter.rest.media;
