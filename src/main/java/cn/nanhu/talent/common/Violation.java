package cn.nanhu.talent.common;

/** One field of a request that failed validation, as shown in a problem's {@code violations}. */
public record Violation(String field, String message) {
}
