package charfinder.http;

/** How many items a page has, everywhere on the web side. */
final class PageSizes {

    /** The rows rendered with the page, and an API page without {@code stop}: enough to fill a screen. */
    static final int FIRST = 50;
    /** The rows the page's script fetches at a time while the user scrolls (given to it in the page). */
    static final int SCROLL = 200;
    /** The most items an API page may have; a larger {@code stop} is lowered to fit. */
    static final int MAX = 1000;

    private PageSizes() {
    }
}
