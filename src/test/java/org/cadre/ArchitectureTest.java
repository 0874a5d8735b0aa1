package org.cadre;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layout rules of DESIGN.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cadre");
    }

    @Test
    void onlyTheWorkbookFeatureUsesApachePoi() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.cadre.workbook..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .allowEmptyShould(true);
        rule.check(main);
    }

    @Test
    void everyClassLivesInAFeaturePackage() {
        classes().should().resideInAnyPackage(
                        "org.cadre.geo..", "org.cadre.people..", "org.cadre.framework..", "org.cadre.programme..",
                        "org.cadre.cohort..", "org.cadre.mentoring..", "org.cadre.assessment..",
                        "org.cadre.certification..", "org.cadre.report..", "org.cadre.workbook..",
                        "org.cadre.security..", "org.cadre.web..", "org.cadre.local..")
                .check(main);
    }

    @Test
    void restResourcesAreNamedForTheirLayer() {
        classes().that().areAnnotatedWith(Path.class)
                .should().haveSimpleNameEndingWith("Resource").orShould().haveSimpleNameEndingWith("Page")
                .check(main);
    }

    @Test
    void apiPathsAreVersioned() {
        classes().that().areAnnotatedWith(Path.class).and().haveSimpleNameEndingWith("Resource")
                .and().doNotHaveSimpleName("LanguageResource")
                .should(new com.tngtech.archunit.lang.ArchCondition<>("have a path under /api/v1") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        String path = item.getAnnotationOfType(Path.class).value();
                        if (!path.startsWith("/api/v1/")) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
                                    item.getName() + " is at " + path));
                        }
                    }
                })
                .check(main);
    }

    @Test
    void entitiesAreNeverReturnedByEndpoints() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an @Entity", (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAnnotatedWith(Entity.class)))
                .check(main);
    }

    @Test
    void reportsOnlyRead() {
        noClasses().that().resideInAPackage("org.cadre.report..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a write through JPA",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) ->
                                call.getTarget().getName().matches("persist|merge|remove|delete|deleteAll|update|executeUpdate")))
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void localPlatformIsNotUsedByFeatures() {
        noClasses().that().resideOutsideOfPackage("org.cadre.local..")
                .should().dependOnClassesThat().resideInAPackage("org.cadre.local..")
                .check(main);
        noClasses().that().resideOutsideOfPackage("org.cadre.local..")
                .should().dependOnClassesThat().resideInAPackage("io.zonky..")
                .check(main);
    }

    /** Issue 9: who may do what is decided in one place, org.cadre.security.AccessPolicy. */
    @Test
    void onlyTheAccessPolicyReadsRolesAndCountries() {
        noClasses().that().resideOutsideOfPackage("org.cadre.security..")
                .and().doNotHaveFullyQualifiedName("org.cadre.web.HomePage") // shows the token's countries, decides nothing
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a role or country read of CurrentUser",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) ->
                                call.getTargetOwner().getName().equals("org.cadre.security.CurrentUser")
                                        && java.util.Set.of("isAdmin", "hasRole", "getCountries", "getRoles")
                                        .contains(call.getName())))
                .because("scope rules live in AccessPolicy; features ask it instead of deciding themselves")
                .check(main);
    }

    @Test
    void featuresDoNotFormCycles() {
        slices().matching("org.cadre.(*)..")
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("a business feature",
                        (com.tngtech.archunit.library.dependencies.Slice s) ->
                                !s.getDescription().contains("web") && !s.getDescription().contains("security")))
                .should().beFreeOfCycles()
                .check(main);
    }
}
