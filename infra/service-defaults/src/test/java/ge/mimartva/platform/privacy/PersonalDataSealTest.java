package ge.mimartva.platform.privacy;

import ge.mimartva.testsupport.NeedsTestStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ge.mimartva.platform.pseudonym.SubjectPseudonyms;
import ge.mimartva.testsupport.TestStack;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data inside an event is stored only sealed with its data subject's key, and reads as erased once that key
 * is gone; the keys live in the test stack's real PostgreSQL, as in a service.
 */
@NeedsTestStack
class PersonalDataSealTest {

    record Child(@PersonalData String name, String municipality) {
    }

    /** A record's first event: it names the record and its subject. */
    record CaseOpened(@DataSubjectRecord String caseId, @DataSubjectId String subjectId, Child child,
                      @PersonalData String description) {
    }

    record Task(String ownerBody, @PersonalData String task) {
    }

    /** A later event of the record: it names the record only. */
    record PlanAgreed(@DataSubjectRecord String caseId, List<Task> tasks, @PersonalData String childOpinion) {
    }

    /** Personal data that no record links to a subject. */
    record PersonNoted(@PersonalData String personalNumber, @PersonalData String name) {
    }

    record CaseCounted(String caseId, int count) {
    }

    record Party(@PersonalData String name, @PersonalData String personalNumber) {
    }

    /** The victim's subject seals the order; another person on it keeps a key of their own. */
    record OrderIssued(@DataSubjectId String victimSubjectId, Party victim, Party abuser, @PersonalData String place) {
    }

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    static final SubjectPseudonyms PSEUDONYMS = new SubjectPseudonyms("personal-data-seal-test-key");
    static SubjectKeyVault vault;
    static PersonalDataSeal seal;

    @BeforeAll
    static void keysInPostgres() {
        DriverManagerDataSource database = new DriverManagerDataSource(TestStack.database("it_service_defaults"),
                "postgres", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration/axon").load().migrate();
        vault = new SubjectKeyVault(new JdbcTemplate(database), new DataSourceTransactionManager(database),
                KeyEncryptionKeys.parse("test=base64:" + java.util.Base64.getEncoder().encodeToString(new byte[32])),
                Clock.systemUTC());
        seal = new PersonalDataSeal(MAPPER, vault, PSEUDONYMS);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static JsonNode stored(Object event) {
        return seal.seal(event, MAPPER.valueToTree(event));
    }

    static <E> E read(JsonNode stored, Class<E> type) throws Exception {
        return MAPPER.treeToValue(seal.open(stored.deepCopy()), type);
    }

    @Test
    void personalFieldsAreStoredOnlySealedWithTheirSubjectsKeyAndReadBackWhole() throws Exception {
        CaseOpened opened = new CaseOpened(id(), id(), new Child("ნინო", "TBILISI-VAKE"), "ბავშვს ეშინია");

        JsonNode stored = stored(opened);

        assertThat(stored.toString()).doesNotContain("ნინო", "ეშინია").contains("TBILISI-VAKE");
        assertThat(stored.at("/sealedPersonalData/subject").asText()).isEqualTo(opened.subjectId());
        assertThat(stored.at("/child/sealedPersonalData/subject").asText()).isEqualTo(opened.subjectId());
        assertThat(read(stored, CaseOpened.class)).isEqualTo(opened);
    }

    @Test
    void aRecordsLaterEventsAreSealedWithTheSubjectItsFirstEventNamedDownToTheirNestedRecords() throws Exception {
        CaseOpened opened = new CaseOpened(id(), id(), new Child("ლუკა", "BATUMI"), "x");
        stored(opened);
        PlanAgreed plan = new PlanAgreed(opened.caseId(), List.of(new Task("SCH-BATUMI-007", "ყოველდღიური შეხვედრა")),
                "სურს სახლში დარჩენა");

        JsonNode stored = stored(plan);

        assertThat(stored.toString()).doesNotContain("შეხვედრა", "დარჩენა").contains("SCH-BATUMI-007");
        assertThat(stored.at("/sealedPersonalData/subject").asText()).isEqualTo(opened.subjectId());
        assertThat(stored.at("/tasks/0/sealedPersonalData/subject").asText()).isEqualTo(opened.subjectId());
        assertThat(read(stored, PlanAgreed.class)).isEqualTo(plan);
    }

    @Test
    void personalDataNoRecordLinksIsSealedWithThePseudonymOfThePersonalNumber() {
        JsonNode stored = stored(new PersonNoted("01001012345", "მარიამ"));

        assertThat(stored.toString()).doesNotContain("01001012345", "მარიამ");
        assertThat(stored.at("/sealedPersonalData/subject").asText()).isEqualTo(PSEUDONYMS.of("01001012345"));
    }

    @Test
    void anotherPersonOnARecordIsSealedWithTheirOwnKeyWhenTheirPersonalNumberIsKnown() {
        String victim = id();
        JsonNode stored = stored(new OrderIssued(victim, new Party("თამარ", null), new Party("გიორგი", "01024054321"),
                "Tbilisi"));

        assertThat(stored.at("/sealedPersonalData/subject").asText()).isEqualTo(victim);
        assertThat(stored.at("/victim/sealedPersonalData/subject").asText()).isEqualTo(victim);
        assertThat(stored.at("/abuser/sealedPersonalData/subject").asText()).isEqualTo(PSEUDONYMS.of("01024054321"));
    }

    @Test
    void erasingOneSubjectsKeyErasesItsFieldsEverywhereAndLeavesEveryoneElseReadable() throws Exception {
        CaseOpened erased = new CaseOpened(id(), id(), new Child("გიორგი", "KUTAISI"), "y");
        CaseOpened kept = new CaseOpened(id(), id(), new Child("ელენე", "KUTAISI"), "z");
        JsonNode erasedOpening = stored(erased);
        JsonNode erasedPlan = stored(new PlanAgreed(erased.caseId(), List.of(new Task("SCH-KUTAISI-001", "t")), "o"));
        JsonNode keptOpening = stored(kept);

        assertThat(vault.erase(erased.subjectId())).isEqualTo(1);

        assertThat(read(erasedOpening, CaseOpened.class))
                .isEqualTo(new CaseOpened(erased.caseId(), erased.subjectId(), new Child(null, "KUTAISI"), null));
        assertThat(read(erasedPlan, PlanAgreed.class))
                .isEqualTo(new PlanAgreed(erased.caseId(), List.of(new Task("SCH-KUTAISI-001", null)), null));
        assertThat(read(keptOpening, CaseOpened.class)).isEqualTo(kept);
        assertThat(vault.erase(erased.subjectId())).isZero();
    }

    @Test
    void eventsWithoutPersonalDataAreNotTouched() {
        assertThat(seal.appliesTo(CaseCounted.class)).isFalse();
        assertThat(seal.appliesTo(PlanAgreed.class)).isTrue();
        assertThat(PersonalDataSeal.isSealed(stored(new CaseCounted(id(), 3)))).isFalse();
    }
}
