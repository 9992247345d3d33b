/** Unit tests of the request reader's handling of the vendor's quirks, in both leniency modes. */
package dev.switchboard.adapter.rest.request;
