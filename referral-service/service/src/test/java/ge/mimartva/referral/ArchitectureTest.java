package ge.mimartva.referral;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import ge.mimartva.testsupport.PlatformArchitecture;

/** This service's main classes keep the platform's structure ({@link PlatformArchitecture}). */
@AnalyzeClasses(packages = "ge.mimartva.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests platform = ArchTests.in(PlatformArchitecture.class);
}
