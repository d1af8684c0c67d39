package cn.nanhu.talent.identity;

/** Where a sign-in came from, for the login log. */
public record ClientInfo(String ip, String userAgent) {

    public static ClientInfo of(String ip, String userAgent) {
        return new ClientInfo(truncate(ip, 64), truncate(userAgent, 256));
    }

    private static String truncate(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
