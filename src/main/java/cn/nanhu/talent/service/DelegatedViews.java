package cn.nanhu.talent.service;

import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileRequest;
import cn.nanhu.talent.service.DelegatedDtos.SeekerView;
import cn.nanhu.talent.service.DelegatedDtos.StaffView;
import jakarta.enterprise.context.ApplicationScoped;

/** How a registration made on a seeker's behalf is shown: to staff, to the person, and to the seeker feature on acceptance. */
@ApplicationScoped
class DelegatedViews {

    private final StaffDirectory staff;

    DelegatedViews(StaffDirectory staff) {
        this.staff = staff;
    }

    StaffView staff(DelegatedRegistration d) {
        return new StaffView(d.id, d.status.name(), d.name, d.phoneMasked, d.consentMethod.name(), d.consentEvidenceFileId,
                d.createdBy, staffName(d.createdBy), ServiceQueries.china(d.createdAt), ServiceQueries.china(d.resolvedAt),
                d.serviceRecordId);
    }

    SeekerView seeker(DelegatedRegistration d) {
        return new SeekerView(d.id, d.status.name(), staffName(d.createdBy), ServiceQueries.china(d.createdAt),
                d.consentMethod.name(), d.phoneMasked, d.name, d.gender, d.birthYear, d.education, d.major, d.school,
                d.graduationYear, d.experienceYears, d.currentDistrictCode, d.desiredDistricts(), d.desiredOccupations(),
                d.desiredSalaryMin, d.skillList(), d.intro, ServiceQueries.china(d.resolvedAt));
    }

    /** The registration as the seeker's own, with what the seeker already had that it does not carry. */
    static ProfileRequest profile(DelegatedRegistration d, String resumeFileId, String visibility, String consentVersion) {
        return new ProfileRequest(d.name, d.gender, d.birthYear, d.education, d.major, d.school, d.graduationYear,
                d.experienceYears, d.currentDistrictCode, d.desiredDistricts(), d.desiredOccupations(), d.desiredSalaryMin,
                d.skillList(), d.intro, resumeFileId, visibility, consentVersion, null, null);
    }

    private String staffName(String staffId) {
        return staff.find(staffId).map(StaffDirectory.StaffSummary::displayName).orElse(null);
    }
}
