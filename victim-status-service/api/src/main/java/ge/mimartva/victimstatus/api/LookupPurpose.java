package ge.mimartva.victimstatus.api;

/** Why a body asks whether a child is under protection; recorded with every lookup. */
public enum LookupPurpose {
    /** The child is being admitted: enrolled at a school or kindergarten, or taken in at a clinic. */
    ADMISSION,
    /** The asker has a concern about the child in front of them and is deciding whether to refer. */
    SAFEGUARDING_CONCERN,
    /** The child is being treated. */
    MEDICAL_TREATMENT,
    /** The police are responding to an incident involving the child. */
    POLICE_RESPONSE,
    /** The agency's own case work. */
    CASE_WORK
}
