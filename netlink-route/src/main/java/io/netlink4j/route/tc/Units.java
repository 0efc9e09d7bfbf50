package io.netlink4j.route.tc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number reading and printing as iproute2 does it: {@code strtod} followed by a unit, and C's
 * {@code %g} for output. One place for the parts {@link Rate}, {@link Size}, {@link TcTime} and
 * {@link Percent} share.
 */
final class Units {
    private Units() {}

    /** A decimal number as strtod reads one (no hex, inf or nan: nobody writes rates so). */
    private static final Pattern NUMBER = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    /** A number and the unit written after it. */
    record Quantity(double number, String unit) {}

    /**
     * Splits {@code "8mbit"} into 8.0 and {@code "mbit"}.
     *
     * @throws IllegalArgumentException naming {@code what}, the text and the rule
     */
    static Quantity split(String text, String what, String units) {
        if (text == null) {
            throw new NullPointerException(what);
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException(what + " '" + text + "' does not start with a non-negative decimal number ("
                    + units + ")");
        }
        double v = Double.parseDouble(m.group());
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " '" + text + "' is too large");
        }
        return new Quantity(v, text.substring(m.end()));
    }

    /** C's {@code printf("%.<precision>g", v)}: shortest of fixed and exponent notation, no trailing zeros. */
    static String g(double v, int precision) {
        if (v == 0) {
            return "0";
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "nan" : (v > 0 ? "inf" : "-inf");
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(precision));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String s;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            s = strip(mantissa.setScale(precision - 1, java.math.RoundingMode.HALF_EVEN).toPlainString())
                    + String.format(Locale.ROOT, "e%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
        } else {
            s = strip(rounded.setScale(Math.max(0, precision - 1 - exponent), java.math.RoundingMode.HALF_EVEN)
                    .toPlainString());
        }
        return s;
    }

    private static String strip(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
