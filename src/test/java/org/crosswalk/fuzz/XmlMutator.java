package org.crosswalk.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages an XML part while keeping it well-formed, so the reader's own code gets the odd values
 * rather than the XML parser refusing them: an attribute or a text given a boundary value, an
 * empty element removed or repeated many times.
 */
final class XmlMutator {
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s[\\w:]+=\")([^\"<>]*)(\")");
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
    private static final Pattern EMPTY_ELEMENT = Pattern.compile("<[\\w:]+(\\s[^<>]*)?/>");
    private static final List<String> NUMBERS = List.of("0", "-1", "2147483647", "-2147483648", "2147483648",
            "99999999999999999999", "1048577", "65536");
    private static final List<String> VALUES = List.of("", "0", "-1", "1", "2147483647", "-2147483648",
            "2147483648", "99999999999999999999", "1e308", "-0", "NaN", "A0", "A1048577", "XFD1", "XFE1",
            "ZZZZZZZZZZZZ1", "A1:XFD1048576", "B5:A1", "A-1", "rId999", "Heading1", "bullet", "true", "x", "&amp;",
            "\u00a0", "💥", "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1");

    Mutation mutate(byte[] xml, Random random) {
        String text = new String(xml, StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0, 1 -> replace(text, ATTRIBUTE, 2, random, "attribute");
            case 2 -> replace(text, TEXT, 1, random, "text");
            default -> emptyElement(text, random);
        };
    }

    private static Mutation replace(String text, Pattern pattern, int group, Random random, String what) {
        List<int[]> spans = spans(text, pattern, group);
        List<int[]> numbers = spans.stream().filter(s -> text.substring(s[0], s[1]).matches("\\d+")).toList();
        if (spans.isEmpty()) {
            return new Mutation(text.getBytes(StandardCharsets.UTF_8), "no " + what + " to change");
        }
        // Half the time a plain number (a row, a size, an index) is given a boundary number.
        boolean number = !numbers.isEmpty() && random.nextBoolean();
        int[] span = number ? numbers.get(random.nextInt(numbers.size())) : spans.get(random.nextInt(spans.size()));
        String value = random.nextInt(10) == 0 ? "9".repeat(1 + random.nextInt(100_000))
                : number ? NUMBERS.get(random.nextInt(NUMBERS.size())) : VALUES.get(random.nextInt(VALUES.size()));
        String old = text.substring(span[0], span[1]);
        return new Mutation((text.substring(0, span[0]) + value + text.substring(span[1])).getBytes(
                StandardCharsets.UTF_8), what + " \"" + shorten(old) + "\" at " + span[0] + " set to \""
                + shorten(value) + "\"");
    }

    private static Mutation emptyElement(String text, Random random) {
        List<int[]> spans = spans(text, EMPTY_ELEMENT, 0);
        if (spans.isEmpty()) {
            return new Mutation(text.getBytes(StandardCharsets.UTF_8), "no empty element to change");
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String element = text.substring(span[0], span[1]);
        int times = random.nextBoolean() ? 0 : 2 + random.nextInt(random.nextBoolean() ? 5 : 5000);
        return new Mutation((text.substring(0, span[0]) + element.repeat(times) + text.substring(span[1]))
                .getBytes(StandardCharsets.UTF_8), "element " + shorten(element) + " at " + span[0]
                + (times == 0 ? " removed" : " repeated " + times + "×"));
    }

    private static List<int[]> spans(String text, Pattern pattern, int group) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(group), matcher.end(group)});
        }
        return spans;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + " characters)";
    }
}
