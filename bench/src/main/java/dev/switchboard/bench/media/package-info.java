/**
 * Concurrent Twilio Media Streams calls as the benchmark drives them ({@code BENCH_WORKLOADS=media}): a voice
 * assistant with a Twilio channel made through the admin API, real WebSocket clients (the JDK's) that sign the upgrade
 * as Twilio does and stream paced 20 ms μ-law frames, and the checks after each window (every call's interaction
 * closed, its recording as long as the audio sent, its DTMF digits stored).
 */
package dev.switchboard.bench.media;
