package org.crosswalk.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Damages Word and Excel files so the XML parser and the reader behind it are reached, not just the
 * zip reader: most cases re-zip the file with one damaged part (odd values in well-formed XML,
 * broken XML, or a part removed or doubled); one in four damages the zip bytes themselves.
 */
final class ZipMutator {
    private static final List<String> XML_TOKENS = List.of("<", "</", "/>", "\"", "&", "&amp;", "&#0;", "]]>",
            "<!--", "<![CDATA[", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "<row r=\"2147483647\">",
            "<row r=\"-5\">", " r=\"0\"", " r=\"A0\"", " r=\"XFD1048577\"", " r=\"ZZZZZZZZ99999999\"",
            "<c r=\"B2\" t=\"s\"><v>999999</v></c>", "<c t=\"s\"><v>-1</v></c>", "<v>1e400</v>", " t=\"inlineStr\"",
            "<mergeCell ref=\"A1:XFD1048576\"/>", "<mergeCell ref=\"B9:A1\"/>", "<w:tbl>", "</w:tbl>", "<w:tr>",
            "<w:tc>", "<w:gridSpan w:val=\"-3\"/>", "<w:gridSpan w:val=\"2147483647\"/>", "<w:vMerge/>",
            "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"-1\"/></w:numPr>", "<w:pStyle w:val=\"Heading1\"/>",
            "<w:br/>", "<w:t>", "</w:t>", "<w:p>", "</w:p>", "<si><t>", "</si>", "<sheetData>", "</sheetData>");
    private static final ByteMutator XML = new ByteMutator(XML_TOKENS);
    private static final XmlMutator WELL_FORMED = new XmlMutator();

    private final ByteMutator raw;

    ZipMutator(ByteMutator raw) {
        this.raw = raw;
    }

    Mutation mutate(byte[] seed, Random random) {
        Map<String, byte[]> parts = read(seed);
        if (parts.isEmpty() || random.nextInt(4) == 0) {
            Mutation damaged = raw.mutate(seed, random);
            return new Mutation(damaged.bytes(), "zip bytes: " + damaged.description());
        }
        List<String> names = new ArrayList<>(parts.keySet());
        List<String> xml = names.stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        String name = pick(parts, names, xml, random);
        String what;
        switch (random.nextInt(10)) {
            case 0 -> {
                parts.remove(name);
                what = "removed";
            }
            case 1 -> {
                parts.put(name.replace(".xml", "2.xml"), parts.get(name));
                what = "copied beside itself";
            }
            case 2, 3, 4, 5, 6 -> {
                Mutation damaged = WELL_FORMED.mutate(parts.get(name), random);
                parts.put(name, damaged.bytes());
                what = damaged.description();
            }
            default -> {
                Mutation damaged = XML.mutate(parts.get(name), random);
                parts.put(name, damaged.bytes());
                what = damaged.description();
            }
        }
        return new Mutation(write(parts), "part " + name + ": " + what);
    }

    /** Half the time the largest XML part (the sheet or the document body, where the reader's work is). */
    private static String pick(Map<String, byte[]> parts, List<String> names, List<String> xml, Random random) {
        if (xml.isEmpty() || random.nextInt(8) == 0) {
            return names.get(random.nextInt(names.size()));
        }
        if (random.nextBoolean()) {
            return xml.stream().max(java.util.Comparator.comparingInt(n -> parts.get(n).length)).orElseThrow();
        }
        return xml.get(random.nextInt(xml.size()));
    }

    private static Map<String, byte[]> read(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            return Map.of();
        }
        return parts;
    }

    private static byte[] write(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
