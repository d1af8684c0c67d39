package cn.nanhu.talent.matching;

import java.util.Map;

/** Education levels in order; 高中 and 中专 are the same level. */
final class Education {

    private static final Map<String, Integer> RANK = Map.of("不限", 0, "初中", 1, "高中", 2, "中专", 2, "大专", 3, "本科", 4,
            "硕士", 5, "博士", 6);

    private Education() {
    }

    /** How many levels the seeker lacks for the job's requirement: 0 when it is met. */
    static int shortfall(String required, String held) {
        return Math.max(0, RANK.getOrDefault(required, 0) - RANK.getOrDefault(held, 0));
    }
}
