package ge.mimartva.referral.api;

/**
 * Who was present when a child was interviewed (asked for explanations). The alleged abusive parent may never be
 * (L 17(3)).
 */
public enum InterviewAttendee {
    SOCIAL_WORKER, POLICE_OFFICER, PSYCHOLOGIST, ASSIGNED_REPRESENTATIVE, NON_ABUSIVE_PARENT, LAWYER, TEACHER,
    ALLEGED_ABUSIVE_PARENT
}
