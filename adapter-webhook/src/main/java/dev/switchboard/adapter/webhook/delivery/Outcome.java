package dev.switchboard.adapter.webhook.delivery;

/**
 * What one attempt to send a delivery came to. Each kind says itself whether another attempt is worth making, and
 * how it reads in a log line: the status or the error, never the URL (its query may hold a credential).
 */
public sealed interface Outcome {

    boolean retryable();

    String describe();

    /** Any 2xx status: the receiver has the message. */
    record Delivered(int status) implements Outcome {

        @Override
        public boolean retryable() {
            return false;
        }

        @Override
        public String describe() {
            return "HTTP " + status;
        }
    }

    /** The receiver answered with another status; 410 Gone says the endpoint will never take messages again. */
    record Rejected(int status) implements Outcome {

        @Override
        public boolean retryable() {
            return status != 410;
        }

        @Override
        public String describe() {
            return "HTTP " + status;
        }
    }

    /** No answer: the host did not resolve, the connection failed, or the request timed out. May pass soon. */
    record Unreachable(String error) implements Outcome {

        @Override
        public boolean retryable() {
            return true;
        }

        @Override
        public String describe() {
            return error;
        }
    }

    /** Not sent at all: the destination guard refused the address, and will until the configuration changes. */
    record Refused(String reason) implements Outcome {

        @Override
        public boolean retryable() {
            return false;
        }

        @Override
        public String describe() {
            return "refused: " + reason;
        }
    }
}
