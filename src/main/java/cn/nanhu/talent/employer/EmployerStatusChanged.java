package cn.nanhu.talent.employer;

/**
 * Fired inside the transaction that approves, rejects, suspends or reinstates an employer, so
 * features that show its content (jobs in search) can follow once the change commits.
 */
public record EmployerStatusChanged(String employerId, String status) {
}
