package hub.render.cite;

/** DOIs as links. */
public final class Doi {
    private Doi() {
    }

    /**
     * The resolver URL of a DOI. A DOI's suffix may hold characters a URL path may not ({@code # ? %}, spaces are
     * not allowed in a checked DOI): those are percent-encoded, as the DOI Handbook asks, so the link reaches the DOI.
     */
    public static String url(String doi) {
        StringBuilder sb = new StringBuilder("https://doi.org/");
        for (int i = 0; i < doi.length(); i++) {
            char c = doi.charAt(i);
            if ("%\"#?<>{}^[]`|\\".indexOf(c) >= 0) sb.append('%').append(String.format("%02X", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
