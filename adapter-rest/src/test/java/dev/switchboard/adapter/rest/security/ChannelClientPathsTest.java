package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where HTTP Basic carries a channel's generated client, not a user's login, and nowhere else. */
class ChannelClientPathsTest {

    private static final String ASSISTANT = "/api/switchboard/v1/voice-assistants/0123456789abcdef0123456789abcdef";

    @Test
    void theAmazonConnectTokenUrlAndThe3CLogicWebSocketCarryAChannelsClient() {
        assertThat(BasicAuthenticationFetcher.isChannelClient(ASSISTANT + "/channels/amazon-connect/oauth2/token"))
                .isTrue();
        assertThat(BasicAuthenticationFetcher.isChannelClient(ASSISTANT + "/channels/3clogic/media")).isTrue();
    }

    @Test
    void everyOtherPathIsAUsersLogin() {
        assertThat(BasicAuthenticationFetcher.isChannelClient(ASSISTANT)).isFalse();
        assertThat(BasicAuthenticationFetcher.isChannelClient(ASSISTANT + "/channels/amazon-connect/rotate-secret"))
                .isFalse();
        assertThat(BasicAuthenticationFetcher.isChannelClient(ASSISTANT + "/channels/amazon-connect/call-context"))
                .isFalse();
        assertThat(BasicAuthenticationFetcher.isChannelClient("/api/now/v1/cs/voice-interactions")).isFalse();
        assertThat(BasicAuthenticationFetcher.isChannelClient("/other/channels/amazon-connect/oauth2/token")).isFalse();
        assertThat(BasicAuthenticationFetcher.isChannelClient(
                "/api/switchboard/v1/voice-assistants/../../webhooks/channels/3clogic/media")).isFalse();
    }
}
