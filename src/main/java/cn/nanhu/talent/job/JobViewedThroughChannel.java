package cn.nanhu.talent.job;

/** A job page was opened through a partner's link ({@code ?ch=<channel code>}), as told by the client. */
public record JobViewedThroughChannel(String jobId, String channelCode) {
}
