/**
 * The Virtual Agent Bot Integration endpoint ({@code POST /api/sn_va_as_service/bot/integration}) and the live-agent
 * API: reading the primary bot's JSON (with the seed's quirks in compatibility mode), writing replies, and the
 * channels' tokens. See docs/bot-integration.md.
 */
package dev.switchboard.adapter.rest.bot;
