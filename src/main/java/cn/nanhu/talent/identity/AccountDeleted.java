package cn.nanhu.talent.identity;

/**
 * Fired inside the deletion transaction when a user deletes their account (注销), so every feature
 * can erase or anonymise what it holds about them before the deletion commits.
 */
public record AccountDeleted(String userId) {
}
