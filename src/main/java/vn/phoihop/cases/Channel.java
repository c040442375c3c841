package vn.phoihop.cases;

/** How the case reached the body. */
public enum Channel {
    DIRECT, POST, EMAIL, ONLINE, FORWARDED, OTHER
}
