package ge.mimartva.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The platform's structure as ArchUnit rules: each service's {@code ArchitectureTest} checks them against its own main
 * classes ({@link #rulesFor}), so a change that breaks one fails that service's build, not a review. The rules run as
 * plain JUnit dynamic tests: ArchUnit's own engine does not run rule fields under Surefire 3.5.3 (TNG/ArchUnit#1442).
 */
public final class PlatformArchitecture {

    /** The services' root packages and names; each publishes its contract in {@code <root>.api}. */
    static final Map<String, String> SERVICE_NAMES = Map.of("ge.mimartva.referral", "referral-service",
            "ge.mimartva.notification", "notification-service", "ge.mimartva.victimstatus", "victim-status-service",
            "ge.mimartva.statistics", "statistics-service");
    /** Where a service's api module publishes the subscription of its inbound queue (IntegrationTopology). */
    static final String SUBSCRIPTION_RESOURCE = "META-INF/mimartva/subscription.json";
    private static final Pattern QUEUE = Pattern.compile("\"queue\"\\s*:\\s*\"([^\"]+)\"");

    private static final String AGGREGATE = "org.axonframework.spring.stereotype.Aggregate";

    /** Services meet only through their published contracts: nothing depends on another service's inside. */
    public static final ArchRule servicesMeetOnlyThroughTheirApi = classes()
            .should(new ArchCondition<>("depend on another service only through its api package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String> own = serviceOf(origin);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        Optional<String> other = serviceOf(target);
                        if (other.isPresent() && !other.equals(own)
                                && !target.getPackageName().startsWith(other.get() + ".api")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /**
     * The command side decides on the event store alone: a command handler's package (an aggregate's, or one named
     * {@code command}) never reads a read model nor knows the web.
     */
    public static final ArchRule theCommandSideKnowsNeitherQueryNorWeb = noClasses()
            .that(DescribedPredicate.describe("reside in an aggregate's package or a command package",
                    PlatformArchitecture::onTheCommandSide))
            .should().dependOnClassesThat().resideInAnyPackage("..query..", "..web..");

    /**
     * Only Axon and the aggregate's own package touch an aggregate: the web sends commands, projections read events.
     * The commands and events an older aggregate declares inside itself are its own types, not the aggregate; they keep
     * their place because stored events are read by their class's name.
     */
    public static final ArchRule aggregatesAreTouchedOnlyFromTheirPackage = classes()
            .that().areAnnotatedWith(AGGREGATE)
            .should(new ArchCondition<>("be used only by classes of their own package") {
                @Override
                public void check(JavaClass aggregate, ConditionEvents events) {
                    for (Dependency dependency : aggregate.getDirectDependenciesToSelf()) {
                        JavaClass origin = dependency.getOriginClass();
                        if (!origin.getPackageName().equals(aggregate.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /** A command is sent one way: by ActingCommands, with the context every command carries. */
    public static final ArchRule commandsAreSentOneWay = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.commandhandling.gateway.CommandGateway")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.commandhandling.GenericCommandMessage")
            .because("ge.mimartva.platform.axon.ActingCommands attaches the correlation, causation and actor");

    /** Nothing waits by sleeping: a wait is a deadline, a scheduled task, a backoff or a timeout, never a held thread. */
    public static final ArchRule nothingWaitsBySleeping = noClasses()
            .should().callMethod(Thread.class, "sleep", long.class)
            .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
            .orShould().callMethod(TimeUnit.class, "sleep", long.class);

    /**
     * Who may do what is decided in one place per service: its access classes ({@code …Access}, {@code …AccessPolicy})
     * ask the caller's roles; a controller asks them (or the platform's {@code PlatformAccess}), never the roles itself.
     */
    public static final ArchRule rolesAreAskedOnlyByAccessClasses = noClasses()
            .that().haveSimpleNameNotEndingWith("Access").and().haveSimpleNameNotEndingWith("AccessPolicy")
            .should().callMethodWhere(DescribedPredicate.describe(
                    "ask the caller's roles (Actor.hasRole, Actor.hasAnyRole)",
                    call -> call.getTargetOwner().getName().equals("ge.mimartva.security.Actor")
                            && (call.getName().equals("hasRole") || call.getName().equals("hasAnyRole"))))
            .because("one access policy per service names every rule of who may do what");

    static final List<ArchRule> RULES = List.of(servicesMeetOnlyThroughTheirApi,
            theCommandSideKnowsNeitherQueryNorWeb, aggregatesAreTouchedOnlyFromTheirPackage, commandsAreSentOneWay,
            nothingWaitsBySleeping, rolesAreAskedOnlyByAccessClasses);

    private PlatformArchitecture() {
    }

    /** One test per rule, each checked against the main classes under the service's root package. */
    public static Stream<DynamicTest> rulesFor(String rootPackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("No main classes under " + rootPackage + ": the rules would check nothing.");
        }
        return Stream.concat(RULES.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes))),
                Stream.of(DynamicTest.dynamicTest("the service carries every service's published subscription, so each "
                        + "consumer's queue exists before the service's first event", () -> {
                    List<String> missing = missingSubscriptions();
                    if (!missing.isEmpty()) {
                        throw new AssertionError("Not on the classpath (add the service's api module): " + missing);
                    }
                })));
    }

    /** The services' inbound queues whose subscription the classpath does not hold. */
    static List<String> missingSubscriptions() throws IOException {
        Set<String> carried = publishedSubscriptions();
        return SERVICE_NAMES.values().stream().sorted().map(name -> name + ".inbound")
                .filter(queue -> !carried.contains(queue)).toList();
    }

    /** The queues of the subscriptions the services' api modules publish, as the classpath holds them. */
    static Set<String> publishedSubscriptions() throws IOException {
        Set<String> queues = new TreeSet<>();
        Enumeration<URL> resources = PlatformArchitecture.class.getClassLoader().getResources(SUBSCRIPTION_RESOURCE);
        while (resources.hasMoreElements()) {
            try (InputStream in = resources.nextElement().openStream()) {
                Matcher queue = QUEUE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (queue.find()) {
                    queues.add(queue.group(1));
                }
            }
        }
        return queues;
    }

    static Optional<String> serviceOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return SERVICE_NAMES.keySet().stream().filter(root -> name.equals(root) || name.startsWith(root + ".")).findFirst();
    }

    private static boolean onTheCommandSide(JavaClass javaClass) {
        return javaClass.getPackageName().endsWith(".command") || javaClass.getPackageName().contains(".command.")
                || javaClass.getPackage().getClasses().stream().anyMatch(c -> c.isAnnotatedWith(AGGREGATE));
    }
}
