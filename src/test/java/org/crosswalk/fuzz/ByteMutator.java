package org.crosswalk.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Damages any file the way disks, mail programs and careless editing do: flipped bits, a file cut
 * short, a chunk removed or repeated, random or boundary bytes inserted, and words of the format
 * itself ("endobj", "&lt;row r=", a quote) put where they do not belong. One to three damages per case.
 */
final class ByteMutator {
    private static final byte[] BOUNDARY = {0, (byte) 0xff, (byte) 0x7f, (byte) 0x80, (byte) 0xfe, '\r', '\n', '"',
            '<', '>', '&', ';', ',', '\t', (byte) 0xc0, (byte) 0xed};
    private static final List<String> NUMBERS = List.of("0", "-1", "2147483647", "-2147483648", "4294967296",
            "99999999999999999999", "1e308", "NaN", "00000000");

    private final List<String> tokens;

    /** @param tokens words of the format that a damage may insert ("obj", "&lt;/w:p&gt;", …) */
    ByteMutator(List<String> tokens) {
        this.tokens = tokens;
    }

    Mutation mutate(byte[] seed, Random random) {
        byte[] bytes = seed;
        StringBuilder description = new StringBuilder();
        int damages = 1 + random.nextInt(3);
        for (int i = 0; i < damages; i++) {
            Mutation one = once(bytes, random);
            bytes = one.bytes();
            description.append(i == 0 ? "" : "; ").append(one.description());
        }
        return new Mutation(bytes, description.toString());
    }

    private Mutation once(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return insert(bytes, 0, randomBytes(random, 1 + random.nextInt(16)), "random bytes");
        }
        int at = random.nextInt(bytes.length);
        return switch (random.nextInt(8)) {
            case 0 -> flipBits(bytes, random);
            case 1 -> new Mutation(java.util.Arrays.copyOf(bytes, at), "cut short at byte " + at);
            case 2 -> removeChunk(bytes, at, chunkLength(bytes, at, random));
            case 3 -> duplicateChunk(bytes, at, chunkLength(bytes, at, random), random);
            case 4 -> insert(bytes, at, randomBytes(random, 1 + random.nextInt(32)), "random bytes");
            case 5 -> insert(bytes, at, new byte[] {BOUNDARY[random.nextInt(BOUNDARY.length)]}, "a boundary byte");
            case 6 -> replaceNumber(bytes, random);
            default -> tokens.isEmpty() ? flipBits(bytes, random)
                    : insert(bytes, at, tokens.get(random.nextInt(tokens.size())).getBytes(StandardCharsets.UTF_8),
                    "a format word");
        };
    }

    private static Mutation flipBits(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(8);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(copy.length);
            copy[at] ^= (byte) (1 << random.nextInt(8));
            where.append(i == 0 ? "" : ",").append(at);
        }
        return new Mutation(copy, "bits flipped at " + where);
    }

    private static int chunkLength(byte[] bytes, int at, Random random) {
        int most = Math.min(bytes.length - at, random.nextBoolean() ? 64 : 4096);
        return 1 + random.nextInt(Math.max(1, most));
    }

    private static Mutation removeChunk(byte[] bytes, int at, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, at);
        out.write(bytes, at + length, bytes.length - at - length);
        return new Mutation(out.toByteArray(), "removed " + length + " bytes at " + at);
    }

    private static Mutation duplicateChunk(byte[] bytes, int at, int length, Random random) {
        int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + length * times);
        out.write(bytes, 0, at + length);
        for (int i = 0; i < times; i++) {
            out.write(bytes, at, length);
        }
        out.write(bytes, at + length, bytes.length - at - length);
        return new Mutation(out.toByteArray(), "repeated " + length + " bytes at " + at + " " + times + "×");
    }

    private static Mutation insert(byte[] bytes, int at, byte[] inserted, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return new Mutation(out.toByteArray(), "inserted " + what + " ("
                + printable(inserted) + ") at " + at);
    }

    /** A run of digits becomes a boundary number: sizes, offsets, row and page numbers go wrong. */
    private static Mutation replaceNumber(byte[] bytes, Random random) {
        int start = random.nextInt(bytes.length);
        while (start < bytes.length && !Character.isDigit(bytes[start])) {
            start++;
        }
        if (start == bytes.length) {
            return flipBits(bytes, random);
        }
        int end = start;
        while (end < bytes.length && Character.isDigit(bytes[end])) {
            end++;
        }
        String number = NUMBERS.get(random.nextInt(NUMBERS.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + number.length());
        out.write(bytes, 0, start);
        out.writeBytes(number.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes, end, bytes.length - end);
        return new Mutation(out.toByteArray(), "number at " + start + " set to " + number);
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 24); i++) {
            int b = bytes[i] & 0xff;
            text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return text + (bytes.length > 24 ? "…" : "");
    }
}
