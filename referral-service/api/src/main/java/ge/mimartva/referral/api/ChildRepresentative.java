package ge.mimartva.referral.api;

/**
 * Who represents a child in the proceedings about the violence (L 17(3)). Never the alleged abuser, nor a person whose
 * impartiality is in doubt; while the proceedings are pending, the abusive parent's authority to represent the child
 * is suspended and the guardianship body assigns the representative.
 */
public enum ChildRepresentative {
    /** A representative the guardianship and custody body assigned. */
    ASSIGNED_BY_GUARDIANSHIP_BODY,
    /** The parent who is not the alleged abuser. */
    NON_ABUSIVE_PARENT,
    /** A lawyer (e.g. legal aid). */
    LAWYER
}
