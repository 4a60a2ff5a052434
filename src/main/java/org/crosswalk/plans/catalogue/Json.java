package org.crosswalk.plans.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/** Reading the bundled JSON files. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode resource(String name) {
        try (InputStream in = Json.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new CatalogueException("The bundled file " + name + " is missing; reinstall Crosswalk.", null);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new CatalogueException("The bundled file " + name + " cannot be read; reinstall Crosswalk.", e);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asText());
    }

    static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? java.util.List.of() : value;
    }
}
