package cn.nanhu.talent.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Rules of the code base that a review would otherwise have to catch. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.nanhu.talent");

    @Test
    void time_comes_from_the_injected_clock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("tests move time through the Clock bean")
                .check(MAIN);
    }

    @Test
    void common_depends_on_no_feature() {
        noClasses().that().resideInAPackage("cn.nanhu.talent.common..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "cn.nanhu.talent.common..", "java..", "javax..", "jakarta..", "com.fasterxml..", "io.quarkus..",
                        "io.smallrye..", "org.jboss..", "org.eclipse.microprofile..", "io.vertx..")
                .check(MAIN);
    }

    @Test
    void only_the_wechat_gateway_talks_to_wechat() {
        noClasses().that().resideOutsideOfPackage("cn.nanhu.talent.wechat..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.binarywang..", "me.chanjar..")
                .because("the gateway is the one place that talks to WeChat, with its timeouts, retries and breaker")
                .check(MAIN);
    }

    @Test
    void no_one_prints_to_the_console_instead_of_logging() {
        noClasses().that().doNotHaveFullyQualifiedName("cn.nanhu.talent.common.Main")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(MAIN);
    }
}
