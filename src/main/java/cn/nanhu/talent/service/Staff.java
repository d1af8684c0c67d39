package cn.nanhu.talent.service;

/** The staff member acting: a dedicated HR (SERVICE) works with their own records, an ADMIN with everyone's. */
public record Staff(String id, boolean admin) {
}
