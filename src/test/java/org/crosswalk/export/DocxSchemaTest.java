package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.crosswalk.export.docx.DocxExporter;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.WorkspaceContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Every XML part of the paper is valid against the OOXML schemas, element order included: what
 * Word checks before it offers to "repair" a file. POI bundles only part of the schemas, so the
 * full set (copied to target/ooxml-schemas by the build) is loaded in a class loader of its own.
 */
class DocxSchemaTest {
    private static final Path SCHEMAS = Path.of(System.getProperty("ooxml.schemas",
            "target/ooxml-schemas/poi-ooxml-full.jar"));

    @TempDir
    Path dir;

    @Test
    void everyWordPartOfTheSamplePaperIsValidOoxml() throws Exception {
        WorkspaceContent content = ExportFixtures.sampleContent(dir);
        PaperSettings all = new PaperSettings("Title", "Board", "14 February 2019", "HIB9", "Officer", "Intro.",
                "Recommend.", "", "", "", PaperSettings.QuoteMode.EXCERPT_WHERE_SET, true, true, true);
        for (Paper paper : List.of(PaperBuilder.build(content), PaperBuilder.build(content, all))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxExporter().write(paper, out);
            Map<String, byte[]> parts = parts(out.toByteArray());
            assertTrue(parts.keySet().containsAll(List.of("word/document.xml", "word/styles.xml",
                    "word/numbering.xml", "word/settings.xml", "word/footer1.xml", "docProps/app.xml")), parts.keySet().toString());
            Map<String, List<String>> errors = validate(parts);
            errors.values().removeIf(List::isEmpty);
            assertEquals(Map.of(), errors);
        }
    }

    private static Map<String, byte[]> parts(byte[] docx) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> validate(Map<String, byte[]> parts) throws Exception {
        assertTrue(Files.isRegularFile(SCHEMAS), SCHEMAS + " is missing: run the tests through Maven "
                + "(the dependency plugin copies it in process-test-resources)");
        List<URL> urls = new ArrayList<>(List.of(SCHEMAS.toUri().toURL(), location(XmlObject.class),
                location(DocxSchemaTest.class)));
        for (String name : List.of("org.apache.logging.log4j.LogManager",
                "org.apache.logging.slf4j.SLF4JLoggerContextFactory", "org.slf4j.LoggerFactory",
                "org.slf4j.jul.JDK14LoggerAdapter")) {
            urls.add(location(Class.forName(name)));
        }
        try (URLClassLoader schemas = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Method check = schemas.loadClass(Validator.class.getName()).getMethod("check", String.class, byte[].class);
            Map<String, List<String>> errors = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                errors.put(part.getKey(), (List<String>) check.invoke(null, part.getKey(), part.getValue()));
            }
            return errors;
        }
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    /** Runs inside the schemas' class loader, so every type below comes from the full schema jar. */
    public static final class Validator {
        private Validator() {
        }

        public static List<String> check(String part, byte[] xml) throws Exception {
            ByteArrayInputStream in = new ByteArrayInputStream(xml);
            XmlObject document;
            if (part.equals("word/document.xml")) {
                document = DocumentDocument.Factory.parse(in);
            } else if (part.equals("word/styles.xml")) {
                document = StylesDocument.Factory.parse(in);
            } else if (part.equals("word/numbering.xml")) {
                document = NumberingDocument.Factory.parse(in);
            } else if (part.equals("word/settings.xml")) {
                document = SettingsDocument.Factory.parse(in);
            } else if (part.startsWith("word/footer")) {
                document = FtrDocument.Factory.parse(in);
            } else if (part.equals("docProps/app.xml")) {
                document = PropertiesDocument.Factory.parse(in);
            } else {
                return List.of(); // package parts (content types, relationships, core properties): written by POI's OPC layer
            }
            List<XmlError> errors = new ArrayList<>();
            document.validate(new XmlOptions().setErrorListener(errors));
            if (document.schemaType().isNoType()) {
                return List.of("not read as its schema type");
            }
            return errors.stream().map(String::valueOf).toList();
        }
    }
}
