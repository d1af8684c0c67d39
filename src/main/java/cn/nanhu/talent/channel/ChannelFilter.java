package cn.nanhu.talent.channel;

import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.job.JobRules;
import cn.nanhu.talent.reference.ReferenceData;
import java.util.List;

/**
 * Which jobs a channel wants. An empty filter matches every job. A district or occupation code
 * includes what lies under it; {@code education} is the highest requirement the channel's people
 * meet, so a 大专 channel gets jobs asking for 大专, less, or 不限.
 */
record ChannelFilter(List<String> districts, List<String> occupations, String education, List<String> jobTypes) {

    static final List<String> JOB_TYPES = List.of("FULL_TIME", "PART_TIME", "INTERNSHIP");

    ChannelFilter {
        districts = districts == null ? List.of() : List.copyOf(districts);
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        jobTypes = jobTypes == null ? List.of() : List.copyOf(jobTypes);
        education = education == null || education.isBlank() ? null : education.strip();
    }

    boolean matches(Job job, ReferenceData reference) {
        if (!districts.isEmpty() && districts.stream().noneMatch(d -> reference.divisionWithin(job.districtCode, d))) {
            return false;
        }
        if (!occupations.isEmpty() && occupations.stream().noneMatch(o -> reference.occupationWithin(job.occupationCode, o))) {
            return false;
        }
        if (!jobTypes.isEmpty() && !jobTypes.contains(job.jobType)) {
            return false;
        }
        return education == null || withinEducation(job.education);
    }

    private boolean withinEducation(String required) {
        if (required == null || "不限".equals(required)) {
            return true;
        }
        int asked = JobRules.EDUCATION.indexOf(required);
        return asked >= 0 && asked <= JobRules.EDUCATION.indexOf(education);
    }
}
