package cn.nanhu.talent.application;

/**
 * A seeker applied through a partner's link ({@code ?ch=<channel code>}). Fired inside the applying
 * transaction, once per new application (a replayed request does not fire it again).
 */
public record AppliedThroughChannel(String applicationId, String jobId, String channelCode) {
}
