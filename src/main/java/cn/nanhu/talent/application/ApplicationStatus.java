package cn.nanhu.talent.application;

/** Where an application stands. HIRED, REJECTED and WITHDRAWN are final. */
public enum ApplicationStatus {
    SUBMITTED("已投递"), VIEWED("已查看"), INTERVIEW("邀请面试"), OFFER("录用意向"), HIRED("已入职"),
    REJECTED("不合适"), WITHDRAWN("已撤回");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    /** The Chinese word the seeker sees. */
    public String label() {
        return label;
    }
}
