package ge.mimartva.victimstatus.order;

import java.util.Set;

/**
 * L 10(3⁴): the weapon restriction is compulsory when an investigation was initiated or is pending under these
 * articles of the Criminal Code of Georgia (as written, with their paragraphs).
 */
public final class WeaponRestriction {

    public static final Set<String> COMPULSORY_FOR_ARTICLES = Set.of("108", "109", "115", "117", "118", "120", "126",
            "137", "138", "143(3)(e)", "144(2)(i)", "144¹", "144²", "144³", "151", "160(2)(a)", "160(3)", "381¹");

    /**
     * L 10(1¹): issuing a restraining order is binding when an investigation was initiated or is pending under the
     * articles of 10(3⁴) and also 143(4) and 144(3).
     */
    public static final Set<String> ORDER_BINDING_FOR_ARTICLES = java.util.stream.Stream.concat(
            COMPULSORY_FOR_ARTICLES.stream(), Set.of("143(4)", "144(3)").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private WeaponRestriction() {
    }

    /** L 10(1¹): an investigation under these articles makes the restraining order binding (no refusal). */
    public static boolean orderBinding(Set<String> investigatedArticles) {
        return investigatedArticles != null && investigatedArticles.stream().anyMatch(ORDER_BINDING_FOR_ARTICLES::contains);
    }

    public static boolean compulsory(Set<String> investigatedArticles) {
        return investigatedArticles != null && investigatedArticles.stream().anyMatch(COMPULSORY_FOR_ARTICLES::contains);
    }
}
