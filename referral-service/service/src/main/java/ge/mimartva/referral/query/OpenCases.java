package ge.mimartva.referral.query;

import ge.mimartva.referral.api.ReferralStatus;
import ge.mimartva.referral.command.ChildMatch;
import ge.mimartva.referral.command.ReferralCommands.OpenCase;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the open case a newly filed referral's child already has, so registration links instead of duplicating.
 * The same personal number (compared through its pseudonym) is a match. Without a personal number, only a careful
 * match counts: the same first and last name (ignoring case, accents and spacing), the exact date of birth and the
 * same municipality; an approximate age never matches.
 */
@Component
public class OpenCases {

    private static final Set<ReferralStatus> OPEN = EnumSet.of(ReferralStatus.REGISTERED, ReferralStatus.ASSIGNED,
            ReferralStatus.UNDER_ASSESSMENT, ReferralStatus.ASSESSED, ReferralStatus.SAFETY_DECIDED,
            ReferralStatus.IN_INTERVENTION, ReferralStatus.CLOSURE_PENDING);

    private final MongoTemplate mongo;

    public OpenCases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<OpenCase> of(ReferralDocument referral) {
        if (referral.childPersonalNumber() != null) {
            Optional<OpenCase> byNumber = oldestOpen(referral, Criteria.where("childSubjectId").is(referral.childSubjectId()))
                    .findFirst()
                    .map(match -> new OpenCase(match.referralId(), ChildMatch.PERSONAL_NUMBER));
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        if (referral.childDateOfBirth() == null) {
            return Optional.empty();
        }
        // Two different personal numbers are two different children, however alike their names.
        return oldestOpen(referral, Criteria.where("municipality").is(referral.municipality())
                        .and("childDateOfBirth").is(referral.childDateOfBirth()))
                .filter(candidate -> candidate.childPersonalNumber() == null || referral.childPersonalNumber() == null)
                .filter(candidate -> sameName(candidate, referral))
                .findFirst()
                .map(match -> new OpenCase(match.referralId(), ChildMatch.NAME_DATE_OF_BIRTH_MUNICIPALITY));
    }

    private Stream<ReferralDocument> oldestOpen(ReferralDocument referral, Criteria sameChild) {
        Query query = Query.query(new Criteria().andOperator(sameChild,
                Criteria.where("status").in(OPEN), Criteria.where("_id").ne(referral.referralId())));
        return mongo.find(query.with(Sort.by("filedAt")), ReferralDocument.class).stream();
    }

    private static boolean sameName(ReferralDocument a, ReferralDocument b) {
        return normalized(a.childFirstName()).equals(normalized(b.childFirstName()))
                && normalized(a.childLastName()).equals(normalized(b.childLastName()));
    }

    static String normalized(String name) {
        String decomposed = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        return decomposed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
