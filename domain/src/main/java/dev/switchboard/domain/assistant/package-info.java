/**
 * Voice assistants on CCaaS channels (DESIGN.md §6, docs/channels.md): a {@link dev.switchboard.domain.assistant.VoiceAssistant}
 * with its provider application and its telephony and WebRTC channels, and the values Switchboard generates for
 * each channel (ids, secrets; the URLs follow from the public URL, {@link dev.switchboard.domain.assistant.ChannelAddresses})
 * that an administrator pastes into Twilio, Genesys Cloud, Amazon Connect or 3CLogic.
 */
package dev.switchboard.domain.assistant;
