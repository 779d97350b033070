package ge.mimartva.statistics;

import ge.mimartva.testsupport.PlatformArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** This service's main classes keep the platform's structure ({@link PlatformArchitecture}). */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> thePlatformsStructureHolds() {
        return PlatformArchitecture.rulesFor(getClass().getPackageName());
    }
}
