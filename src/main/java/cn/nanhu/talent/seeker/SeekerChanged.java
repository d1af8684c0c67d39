package cn.nanhu.talent.seeker;

/** A seeker's registration was saved or erased; fired in the changing transaction. */
public record SeekerChanged(String userId) {
}
